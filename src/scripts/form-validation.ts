/**
 * Checks staff forms in the browser with the same zod schemas the server uses. A mistake is
 * shown before the form is sent, and the server checks again either way. Text fields
 * with a length limit show how many characters are used, counted as the server counts them.
 */

import './zod-jitless.ts';
import type { z } from 'zod';
import { actionFormSchema } from '../domain/forms/action-form.ts';
import { complaintFormSchema } from '../domain/forms/complaint-form.ts';
import { fieldErrorsOf } from '../domain/forms/fields.ts';
import { visibleLength } from '../domain/text.ts';

const SCHEMAS: Record<string, z.ZodType> = {
  complaint: complaintFormSchema,
  action: actionFormSchema,
};

const numberFormat = new Intl.NumberFormat('id-ID');

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-schema]')) {
  const schema = SCHEMAS[form.dataset.schema ?? ''];
  if (!schema) {
    continue;
  }
  form.addEventListener('submit', (event) => {
    const values = Object.fromEntries([...new FormData(form).entries()].filter(([, value]) => typeof value === 'string'));
    const result = schema.safeParse(values);
    clearErrors(form);
    if (!result.success) {
      event.preventDefault();
      showErrors(form, fieldErrorsOf(result.error));
    }
  });
}

for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-max-length]')) {
  const max = Number(field.dataset.maxLength);
  const counter = document.createElement('span');
  counter.className = 'hint counter';
  counter.setAttribute('aria-live', 'polite');
  field.after(counter);
  const update = () => {
    const length = visibleLength(field.value);
    counter.textContent = `${numberFormat.format(length)} dari ${numberFormat.format(max)} karakter`;
    counter.classList.toggle('error', length > max);
  };
  field.addEventListener('input', update);
  update();
}

function clearErrors(form: HTMLFormElement): void {
  for (const message of form.querySelectorAll('[data-client-error]')) {
    message.remove();
  }
  for (const field of form.querySelectorAll('[aria-invalid="true"]')) {
    field.removeAttribute('aria-invalid');
  }
}

function showErrors(form: HTMLFormElement, errors: Record<string, string>): void {
  let first: HTMLElement | null = null;
  for (const [name, message] of Object.entries(errors)) {
    const field = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    const text = document.createElement('span');
    text.className = 'error';
    text.dataset.clientError = 'true';
    text.id = `${form.dataset.action ?? 'form'}-${name}-galat-klien`;
    text.textContent = message;
    if (field && field.getAttribute('type') !== 'hidden') {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', text.id);
      (field.closest('.field') ?? field.parentElement)?.append(text);
      first ??= field;
    } else {
      form.prepend(text);
    }
  }
  first?.focus();
}
