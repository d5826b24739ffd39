/** Category groups, the top level of the category tree. */
export const CATEGORY_GROUPS = ['infrastruktur', 'pelayanan_publik', 'instansi_vertikal', 'lainnya'] as const;
export type CategoryGroup = (typeof CATEGORY_GROUPS)[number];

export const CATEGORY_GROUP_LABELS: Record<CategoryGroup, string> = {
  infrastruktur: 'Infrastruktur',
  pelayanan_publik: 'Pelayanan Publik',
  instansi_vertikal: 'Instansi Vertikal',
  lainnya: 'Lainnya',
};

export const AGENCY_KINDS = ['opd', 'district_office', 'vertical'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  opd: 'Perangkat Daerah',
  district_office: 'Kantor Kecamatan',
  vertical: 'Instansi Vertikal',
};

/** Only complaints in these groups are shown at their exact location; the rest at district level. */
export function showsExactLocation(group: CategoryGroup): boolean {
  return group === 'infrastruktur';
}
