// One element on a partner's page, from the address: ?tag=kyr-rights-card&lang=ar&jurisdiction=ke&variant=wallet …
// Every parameter but `tag` and `lang` becomes an attribute of the element; `lang` is the page's language.
const params = new URLSearchParams(location.search);
document.documentElement.lang = params.get('lang') ?? 'en';
const element = document.createElement(params.get('tag') ?? 'kyr-rights-kit');
for (const [name, value] of params) if (name !== 'tag' && name !== 'lang') element.setAttribute(name, value);
if (element.localName === 'kyr-quick-exit') {
  // The pattern the docs lead with: the page's own link inside, working before and without JavaScript.
  element.append(Object.assign(document.createElement('a'), { href: 'https://www.bbc.com/weather', textContent: 'Leave this page' }));
  document.body.prepend(element);
} else {
  document.querySelector('main').append(element);
}
