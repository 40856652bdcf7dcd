// The studio page: Decap CMS with the configuration generated from the schema,
// three fields of our own (a text in every language side by side, sources picked
// from the record's own list, fields only `kyr-content review` writes) and a
// preview that renders the record with the real elements in a chosen language.
const { CMS, h, createClass } = window;

/** Decap hands values over as Immutable.js collections; the studio works with plain ones. */
const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);
const dataOf = (entry, key) => plain(entry.getIn(['data', key]));
const recordLanguages = (entry) => (dataOf(entry, 'locales') ?? []).map((locale) => locale?.code).filter(Boolean);

/** A text in each language of the record, side by side, so a translator sees the original beside theirs. */
const TextControl = createClass({
  isValid() {
    const value = plain(this.props.value) ?? {};
    // An optional text left out altogether is fine; one begun must be in every language.
    if (this.props.field.get('required') === false && !Object.values(value).some((text) => String(text ?? '').trim())) return true;
    const missing = recordLanguages(this.props.entry).filter((code) => !String(value[code] ?? '').trim());
    if (!missing.length) return true;
    return { error: { message: `Write the ${missing.map((code) => `"${code}"`).join(' and ')} text: every text needs each language listed under Languages.` } };
  },
  render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
    const value = plain(this.props.value) ?? {};
    const codes = [...new Set([...recordLanguages(this.props.entry), ...Object.keys(value)])];
    return h(
      'div',
      { className: `${classNameWrapper} kyr-text` },
      codes.map((code, i) =>
        h(
          'label',
          { key: code, className: 'kyr-text-language' },
          h('span', { className: 'kyr-text-code' }, code),
          h('textarea', {
            id: i === 0 ? forID : `${forID}-${code}`,
            lang: code,
            dir: 'auto',
            rows: 2,
            value: value[code] ?? '',
            onFocus: setActiveStyle,
            onBlur: setInactiveStyle,
            onChange: (event) => onChange({ ...value, [code]: event.target.value }),
          }),
        ),
      ),
    );
  },
});

/** The sources a part rests on, ticked from the list at the end of the same record. */
const SourcesControl = createClass({
  isValid() {
    const ids = plain(this.props.value) ?? [];
    // Some lists may be empty (an honest "unknown" about immigration rests on no source).
    if (!ids.length && this.props.field.get('required') !== false) return { error: { message: 'Tick at least one source: every claim names what it rests on.' } };
    const listed = (dataOf(this.props.entry, 'sources') ?? []).map((source) => source?.id);
    const missing = ids.filter((id) => !listed.includes(id));
    if (missing.length) return { error: { message: `"${missing.join('", "')}" is not listed under Sources at the end of this record.` } };
    return true;
  },
  render() {
    const { forID, classNameWrapper, onChange } = this.props;
    const ids = plain(this.props.value) ?? [];
    const sources = (dataOf(this.props.entry, 'sources') ?? []).filter((source) => source?.id);
    return h(
      'fieldset',
      { className: `${classNameWrapper} kyr-sources`, id: forID },
      sources.length
        ? sources.map((source) =>
            h(
              'label',
              { key: source.id },
              h('input', {
                type: 'checkbox',
                checked: ids.includes(source.id),
                onChange: (event) => onChange(event.target.checked ? [...ids, source.id] : ids.filter((id) => id !== source.id)),
              }),
              ` ${source.title || source.id} `,
              h('small', null, `(${source.id})`),
            ),
          )
        : h('p', null, 'Add a source under Sources at the end of this record first.'),
      ids.filter((id) => !sources.some((source) => source.id === id)).map((id) => h('p', { key: id, className: 'kyr-missing' }, `"${id}" is ticked but not listed under Sources.`)),
    );
  },
});

/** Shown so reviewers can read it; written only by `kyr-content review`. */
const ReviewFieldControl = createClass({
  render() {
    const value = plain(this.props.value);
    const shown =
      value === undefined || value === null
        ? 'not yet'
        : Array.isArray(value)
          ? value.join(', ') || 'nobody yet'
          : typeof value === 'object'
            ? Object.entries(value).map(([key, item]) => `${key}: ${item}`).join(' · ')
            : String(value);
    return h('p', { className: `${this.props.classNameWrapper} kyr-readonly`, id: this.props.forID }, shown, h('small', null, ' (set by: kyr-content review)'));
  },
});

/** The record as readers will see it: checked like `kyr-content validate`, drawn by the real elements. */
const Preview = createClass({
  getInitialState() {
    return { locale: '', problems: [], records: {} };
  },
  componentDidMount() {
    this.check();
  },
  componentDidUpdate(previous) {
    if (previous.entry !== this.props.entry) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.check(), 400);
    }
    this.draw();
  },
  componentWillUnmount() {
    clearTimeout(this.timer);
  },
  async check() {
    const { entry } = this.props;
    const response = await fetch('/studio/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ slug: entry.get('slug'), data: plain(entry.get('data')) }),
    });
    const { problems, records } = await response.json();
    this.setState({ problems, records });
  },
  /** The elements live in the preview's own document, so the bundle is loaded there once. */
  draw() {
    const host = this.host;
    if (!host) return;
    const doc = host.ownerDocument;
    if (!doc.querySelector('script[data-kyr-widgets]')) {
      const script = Object.assign(doc.createElement('script'), { type: 'module', src: new URL('/dist/kyr-widgets.js', location.origin).href });
      script.dataset.kyrWidgets = '';
      doc.head.append(script);
    }
    const codes = Object.keys(this.state.records);
    const locale = codes.includes(this.state.locale) ? this.state.locale : codes[0];
    const record = this.state.records[locale];
    const key = record ? JSON.stringify(record) : '';
    if (host.dataset.drawn === key) return;
    host.dataset.drawn = key;
    host.replaceChildren();
    if (!record) return;
    for (const tag of ['kyr-rights-card', 'kyr-arrest-guide', 'kyr-firewall-notice', 'kyr-help-directory']) {
      const element = doc.createElement(tag);
      element.setAttribute('locale', locale);
      element.setAttribute('jurisdiction', record.id);
      element.setAttribute('data-src', new URL('/dist/data/', location.origin).href);
      element.data = record;
      host.append(element);
    }
  },
  render() {
    const codes = Object.keys(this.state.records);
    const { problems } = this.state;
    return h(
      'div',
      { className: 'kyr-preview' },
      h(
        'section',
        { className: 'kyr-check', 'aria-live': 'polite' },
        problems.length
          ? [
              h('h2', { key: 'h' }, `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before this can be published`),
              h('ul', { key: 'l' }, problems.map((problem, i) => h('li', { key: i }, h('strong', null, problem.where), ` ${problem.message} `, h('code', null, problem.field)))),
            ]
          : h('p', null, 'No problems: this record passes the same check as "kyr-content validate".'),
      ),
      codes.length
        ? h(
            'label',
            { className: 'kyr-preview-language' },
            'Show it in ',
            h(
              'select',
              { value: codes.includes(this.state.locale) ? this.state.locale : codes[0], onChange: (event) => this.setState({ locale: event.target.value }) },
              codes.map((code) => h('option', { key: code, value: code }, code)),
            ),
          )
        : null,
      h('div', { ref: (element) => (this.host = element) }),
    );
  },
});

CMS.registerWidget('kyr-text', TextControl);
CMS.registerWidget('kyr-sources', SourcesControl);
CMS.registerWidget('kyr-readonly', ReviewFieldControl);
CMS.registerPreviewTemplate('jurisdictions', Preview);
CMS.registerPreviewStyle('/preview.css');

const config = await (await fetch('/studio/config.json')).json();
CMS.init({ config });
