/**
 * The filter form above the map. Its static HTML is hidden because without JavaScript it could
 * not filter anything. This script shows it and keeps the form, the map and the address in step.
 */

import { EMPTY_FILTER, FILTER_PARAMETERS, type MapFilter } from '../../domain/map-filter.ts';

export function bindFilterForm(form: HTMLFormElement, initial: MapFilter, onChange: (filter: MapFilter) => void): void {
  const fields = Object.keys(FILTER_PARAMETERS) as Array<keyof MapFilter>;
  const input = (field: keyof MapFilter) =>
    form.elements.namedItem(FILTER_PARAMETERS[field]) as HTMLInputElement | HTMLSelectElement | null;
  const categorySelect = input('category') as HTMLSelectElement | null;

  const showCategoriesOf = (group: string) => {
    // Only the categories of the chosen group can be picked; a category of another group is cleared.
    for (const optgroup of categorySelect?.querySelectorAll('optgroup') ?? []) {
      optgroup.hidden = group !== '' && optgroup.dataset.group !== group;
      optgroup.disabled = optgroup.hidden;
    }
    const chosen = categorySelect?.selectedOptions[0]?.parentElement as HTMLOptGroupElement | null;
    if (categorySelect && chosen?.disabled) {
      categorySelect.value = '';
    }
  };

  const read = (): MapFilter => {
    const filter: MapFilter = { ...EMPTY_FILTER };
    for (const field of fields) {
      const value = input(field)?.value.trim() ?? '';
      (filter as unknown as Record<string, string | null>)[field] = value === '' ? null : value;
    }
    return filter;
  };

  for (const field of fields) {
    const control = input(field);
    if (control) {
      control.value = initial[field] ?? '';
    }
  }
  showCategoriesOf(initial.group ?? '');

  form.addEventListener('change', (event) => {
    if (event.target === input('group')) {
      showCategoriesOf(input('group')?.value ?? '');
    }
    onChange(read());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onChange(read());
  });
  form.addEventListener('reset', () => {
    // The reset event fires before the fields are cleared.
    setTimeout(() => {
      showCategoriesOf('');
      onChange({ ...EMPTY_FILTER });
    });
  });
  form.hidden = false;
}
