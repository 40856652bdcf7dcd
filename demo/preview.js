// Reads ?jurisdiction=…&locale=… and shows that record: a file, not inline script, so the
// page keeps its strict Content-Security-Policy.
const params = new URLSearchParams(location.search);
for (const element of document.querySelectorAll('[data-preview]')) {
  for (const name of ['jurisdiction', 'locale', 'version']) {
    const value = params.get(name);
    if (value) element.setAttribute(name, value);
  }
}
