/**
 * Lookup of categories, kecamatan, desa/kelurahan and agencies by the names or codes a
 * spreadsheet writes: case and punctuation do not matter, and the words "Kecamatan", "Desa"
 * and "Kelurahan" in front of a name are ignored.
 */

import { normalizeName, type Parsed } from './values.ts';

export interface ReferenceData {
  regionName: string;
  categories: ReadonlyArray<{ id: number; slug: string; name: string; active: boolean }>;
  districts: ReadonlyArray<{ code: string; name: string }>;
  villages: ReadonlyArray<{ code: string; name: string; districtCode: string }>;
  agencies: ReadonlyArray<{ id: number; slug: string; name: string; shortName: string; active: boolean }>;
}

export interface ReferenceMatcher {
  category(text: string): Parsed<number>;
  district(text: string): Parsed<string>;
  /** The village's code; `districtCode` narrows names that several kecamatan share. */
  village(text: string, districtCode: string | null): Parsed<string>;
  agency(text: string): Parsed<number>;
  districtName(code: string): string;
}

const DISTRICT_PREFIX = /^(kecamatan|kec) /;
const VILLAGE_PREFIX = /^(desa|kelurahan|kel|ds) /;

/** Lookup key of a name: normalised, prefix removed, spaces dropped. */
function nameKey(text: string, prefix?: RegExp): string {
  const name = normalizeName(text);
  return (prefix ? name.replace(prefix, '') : name).replace(/ /g, '');
}

/** Code without dots: 33.18.08 and 331808 are the same kecamatan. */
function codeKey(text: string): string {
  return text.trim().replace(/\./g, '');
}

function index<T>(entries: Iterable<readonly [string, T]>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [key, value] of entries) {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) {
      list.push(value);
    }
    map.set(key, list);
  }
  return map;
}

export function createReferenceMatcher(data: ReferenceData): ReferenceMatcher {
  const categories = index(
    data.categories.flatMap((category) => [
      [nameKey(category.name), category] as const,
      [nameKey(category.slug), category] as const,
    ]),
  );
  const agencies = index(
    data.agencies.flatMap((agency) =>
      [agency.name, agency.shortName, agency.slug].map((name) => [nameKey(name), agency] as const),
    ),
  );
  const districts = index(
    data.districts.flatMap((district) => [
      [nameKey(district.name, DISTRICT_PREFIX), district] as const,
      [codeKey(district.code), district] as const,
    ]),
  );
  const villages = index(
    data.villages.flatMap((village) => [
      [nameKey(village.name, VILLAGE_PREFIX), village] as const,
      [codeKey(village.code), village] as const,
    ]),
  );
  const districtNames = new Map(data.districts.map((district) => [district.code, district.name]));
  const districtName = (code: string) => districtNames.get(code) ?? code;
  const example = <T>(list: readonly T[], pick: (item: T) => string) => (list[0] ? pick(list[0]) : '');

  return {
    category(text) {
      const found = categories.get(nameKey(text))?.[0];
      const sample = example(data.categories, (category) => `"${category.name}" atau "${category.slug}"`);
      if (!found) {
        return { ok: false, expected: `nama atau kode kategori dari daftar kategori, misalnya ${sample}` };
      }
      return found.active ? { ok: true, value: found.id } : { ok: false, expected: 'kategori yang masih aktif' };
    },

    agency(text) {
      const found = agencies.get(nameKey(text)) ?? [];
      if (found.length !== 1) {
        const sample = example(data.agencies, (agency) => `"${agency.shortName}" atau "${agency.slug}"`);
        return { ok: false, expected: `nama, singkatan atau kode satu instansi dari daftar instansi, misalnya ${sample}` };
      }
      return found[0]!.active ? { ok: true, value: found[0]!.id } : { ok: false, expected: 'instansi yang masih aktif' };
    },

    district(text) {
      const found = districts.get(nameKey(text, DISTRICT_PREFIX)) ?? districts.get(codeKey(text)) ?? [];
      if (found.length !== 1) {
        const sample = example(data.districts, (district) => `"${district.name}" atau "${district.code}"`);
        return { ok: false, expected: `nama atau kode kecamatan di ${data.regionName}, misalnya ${sample}` };
      }
      return { ok: true, value: found[0]!.code };
    },

    village(text, districtCode) {
      const named = villages.get(nameKey(text, VILLAGE_PREFIX)) ?? villages.get(codeKey(text)) ?? [];
      const found = districtCode === null ? named : named.filter((village) => village.districtCode === districtCode);
      if (found.length === 1) {
        return { ok: true, value: found[0]!.code };
      }
      if (found.length > 1) {
        const places = found.map((village) => `Kecamatan ${districtName(village.districtCode)}`).join(', ');
        return {
          ok: false,
          expected: `nama desa/kelurahan yang jelas kecamatannya (nama ini ada di ${places}); isi juga kolom Kecamatan`,
        };
      }
      const area = districtCode === null ? data.regionName : `Kecamatan ${districtName(districtCode)}`;
      return { ok: false, expected: `nama atau kode desa/kelurahan di ${area}` };
    },

    districtName,
  };
}
