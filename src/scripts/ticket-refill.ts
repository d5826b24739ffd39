/**
 * Put the ticket from the address back into the empty box of the "not found" page. The server
 * leaves it out so that this page is the same for every ticket it does not show.
 */

const box = document.querySelector<HTMLInputElement>('.ticket-box input[name="tiket"]');
const typed = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop() ?? '');
if (box && box.value === '' && typed !== '') {
  box.value = typed.slice(0, 40);
}
