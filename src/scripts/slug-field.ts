import { slugify } from '../domain/slug.ts';

/**
 * Fill the slug field of a new agency or category from its name while the admin types, until
 * the admin edits the slug. The server derives the same slug when the field stays empty.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-slug-source]')) {
  const source = form.elements.namedItem(form.dataset.slugSource ?? '');
  const slug = form.elements.namedItem('slug');
  if (!(source instanceof HTMLInputElement) || !(slug instanceof HTMLInputElement)) {
    continue;
  }
  let edited = slug.value !== '' && slug.value !== slugify(source.value);
  slug.addEventListener('input', () => {
    edited = slug.value !== '';
  });
  source.addEventListener('input', () => {
    if (!edited) {
      slug.value = slugify(source.value);
    }
  });
}
