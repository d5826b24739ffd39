/**
 * Fill a PostgreSQL database with synthetic complaints for the benchmark, in a few bulk
 * `insert … select … from generate_series` statements. The reference data (categories,
 * agencies, kecamatan, desa) must already be seeded the normal way. Every complaint refers to
 * those rows and satisfies the table's checks.
 *
 * Distributions, roughly those of the launch month scaled up:
 * - channel: WhatsApp 55 %, walk-in 10 %, Instagram 12 %, Facebook 10 %, e-mail 5 %, web 5 %, X 3 %;
 * - category: infrastructure 45 %, public service 35 %, vertical agencies 12 %, other 8 %;
 * - village: uniform over the desa, so kecamatan follow their number of desa;
 * - received: 29 August 2022 to 30 June 2026, more towards the end (the channel grows);
 * - status: resolved 40 %, invalid 25 %, in progress 10 %, forwarded 12 %, received 9 %,
 *   needs information 4 %; recent complaints are more often still open;
 * - 3 % confidential; infrastructure complaints carry a point near their desa.
 */

import postgres from 'postgres';

const CHANNEL_WEIGHTS: Array<[string, number]> = [
  ['whatsapp', 55],
  ['walk_in', 10],
  ['instagram', 12],
  ['facebook', 10],
  ['email', 5],
  ['web', 5],
  ['twitter', 3],
];

const GROUP_WEIGHTS: Record<string, number> = { infrastruktur: 45, pelayanan_publik: 35, instansi_vertikal: 12, lainnya: 8 };

const SUMMARIES = [
  'Jalan berlubang di depan balai desa membahayakan pengendara.',
  'Lampu penerangan jalan mati sejak seminggu.',
  'Saluran air tersumbat sehingga jalan tergenang saat hujan.',
  'Bantuan sosial belum diterima warga.',
  'Antrean layanan kependudukan terlalu lama.',
  'Sampah menumpuk di tepi jalan desa.',
  'Permohonan pemasangan meteran listrik baru.',
  'Jembatan penghubung antardesa retak.',
];

/** Slots of a weighted choice: each value repeated by its weight. */
function slots<T>(weighted: Array<[T, number]>): T[] {
  return weighted.flatMap(([value, weight]) => Array.from({ length: weight }, () => value));
}

function sqlArray(values: ReadonlyArray<string | number | null>): string {
  const items = values.map((value) => {
    if (value === null) {
      return 'null';
    }
    return typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
  });
  return `array[${items.join(',')}]`;
}

/**
 * Insert `count` complaints into the database at `url`, in batches so that one statement does
 * not hold a million rows of work at once. Deterministic: the same count gives the same rows.
 */
export async function insertSyntheticComplaints(url: string, count: number, onProgress?: (done: number) => void): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const categories = await sql<Array<{ id: number; group: string; agency_id: number | null }>>`
      select id, "group", default_agency_id as agency_id from categories where active order by id`;
    const villages = await sql<Array<{ code: string; district_code: string; lat: number; lng: number }>>`
      select code, district_code, lat, lng from villages order by code`;
    const [fallbackAgency] = await sql<Array<{ id: number }>>`select id from agencies where active order by id limit 1`;

    // Category slots: each group's weight spread evenly over its categories, 1000 slots in all.
    const categorySlots = slots(
      categories.map((category) => {
        const inGroup = categories.filter((other) => other.group === category.group).length;
        return [category, Math.max(1, Math.round((10 * (GROUP_WEIGHTS[category.group] ?? 5)) / inGroup))] as const;
      }) as Array<[(typeof categories)[number], number]>,
    );
    const channelSlots = slots(CHANNEL_WEIGHTS);

    const categoryIds = sqlArray(categorySlots.map((category) => category.id));
    const categoryMapped = sqlArray(categorySlots.map((category) => (category.group === 'infrastruktur' ? 1 : 0)));
    const categoryAgencies = sqlArray(categorySlots.map((category) => category.agency_id ?? fallbackAgency!.id));
    const villageCodes = sqlArray(villages.map((village) => village.code));
    const villageDistricts = sqlArray(villages.map((village) => village.district_code));
    const villageLats = sqlArray(villages.map((village) => village.lat));
    const villageLngs = sqlArray(villages.map((village) => village.lng));
    const channels = sqlArray(channelSlots);
    const summaries = sqlArray(SUMMARIES);

    // Drop the full-text index while loading: building it once at the end is much faster.
    await sql`drop index if exists complaints_search_idx`;
    await sql`select setseed(0.42)`;

    const batch = 100_000;
    for (let start = 1; start <= count; start += batch) {
      const end = Math.min(count, start + batch - 1);
      await sql.unsafe(`
        insert into complaints (
          ticket, channel, received_at, reporter_name, reporter_contact, original_text, summary,
          category_id, district_code, village_code, lat, lng, agency_id, status, invalid_reason,
          outcome, confidential, verified_at, forwarded_at, first_response_at, resolved_at)
        select
          'LBP-' || substr(h, 1, 5) || '-' || substr(h, 6, 5),
          (${channels})[1 + floor(r_channel * ${channelSlots.length})::int],
          received,
          'Pelapor sintetis', '0811000000', summary, summary,
          (${categoryIds})[c], (${villageDistricts})[v], (${villageCodes})[v],
          case when (${categoryMapped})[c] = 1 then (${villageLats})[v] + (r_place - 0.5) * 0.01 end,
          case when (${categoryMapped})[c] = 1 then (${villageLngs})[v] + (r_place2 - 0.5) * 0.01 end,
          case when status in ('forwarded', 'in_progress', 'resolved') then (${categoryAgencies})[c] end,
          status,
          case when status = 'invalid' then (array['not_factual','unclear','out_of_authority','duplicate','spam'])[1 + floor(r_detail * 5)::int] end,
          case when status = 'resolved' then (array['fixed','fixed','answered','referred','no_action'])[1 + floor(r_detail * 5)::int] end,
          r_private < 0.03,
          case when status not in ('received', 'needs_info') then received + interval '1 day' * (0.2 + r_detail * 3) end,
          case when status in ('forwarded', 'in_progress', 'resolved') then received + interval '1 day' * (0.3 + r_detail * 3) end,
          case when status in ('in_progress', 'resolved') then received + interval '1 day' * (2 + r_detail * 6) end,
          case when status = 'resolved' then received + interval '1 day' * (5 + r_detail * 40) end
        from (
          select
            g,
            upper(lpad(to_hex(g), 10, '0')) as h,
            random() as r_channel, random() as r_place, random() as r_place2, random() as r_detail, random() as r_private,
            1 + floor(random() * ${categorySlots.length})::int as c,
            1 + floor(random() * ${villages.length})::int as v,
            (${summaries})[1 + floor(random() * ${SUMMARIES.length})::int] as summary,
            received,
            case
              when r_status < 0.25 then 'invalid'
              when age_days < 14 and r_status < 0.55 then 'received'
              when age_days < 14 and r_status < 0.65 then 'needs_info'
              when r_status < 0.34 then 'received'
              when r_status < 0.38 then 'needs_info'
              when r_status < 0.50 then 'forwarded'
              when r_status < 0.60 then 'in_progress'
              else 'resolved'
            end as status
          from (
            select
              g, random() as r_status, received,
              extract(epoch from (timestamptz '2026-06-30 17:00:00+00' - received)) / 86400 as age_days
            from (
              select g,
                timestamptz '2022-08-29 01:00:00+00'
                  + (timestamptz '2026-06-30 17:00:00+00' - timestamptz '2022-08-29 01:00:00+00') * power(random(), 0.7) as received
              from generate_series(${start}, ${end}) as g
            ) as timed
          ) as aged
        ) as rows
        order by received`);
      onProgress?.(end);
    }

    // A few invalid complaints are duplicates of an earlier one.
    await sql`
      update complaints set duplicate_of_id = id - 1 - (id % 50)
      where invalid_reason = 'duplicate' and id > 60 and id % 4 = 0`;
    await sql`create index complaints_search_idx on complaints using gin (search)`;
    await sql`vacuum analyze complaints`;
  } finally {
    await sql.end();
  }
}
