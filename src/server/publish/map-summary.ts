/**
 * Summary of the map's rows for the static map page (`MapSummary`), gathered while the export
 * writes `peta.json`, so that its memory does not grow with the number of complaints.
 */

import { showsExactLocation, type CategoryGroup } from '../../domain/categories.ts';
import { createNewestList, MAP_LIST_LIMIT, type MapDataHeader, type MapRow, type MapSummary } from '../../domain/map-data.ts';

export function createMapSummary() {
  const newest = createNewestList<MapRow>(MAP_LIST_LIMIT, (row) => row[1]);
  const districtCounts: Array<{ all: number; listed: number }> = [];
  let listed = 0;
  let located = 0;

  return {
    /** Counts one encoded row. `group` is the category group of its complaint. */
    add(row: MapRow, group: CategoryGroup): void {
      const districtIndex = row[4];
      const district = districtIndex >= 0 ? (districtCounts[districtIndex] ??= { all: 0, listed: 0 }) : null;
      if (district) {
        district.all += 1;
      }
      if (!showsExactLocation(group)) {
        return;
      }
      listed += 1;
      if (district) {
        district.listed += 1;
      }
      if (row[5] !== null && row[6] !== null) {
        located += 1;
      }
      newest.add(row);
    },
    /** Returns the summary against the final lookup lists of the encoder. */
    result(header: MapDataHeader): MapSummary {
      return {
        ...header,
        listed,
        located,
        newest: newest.items(),
        district_counts: header.districts.map((_, index) => districtCounts[index] ?? { all: 0, listed: 0 }),
      };
    },
  };
}
