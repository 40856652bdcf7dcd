// The studio page: Decap CMS with the configuration generated from the schema,
// fields of our own (a text in every language side by side, sources picked from
// the record's own list, a line of text, fields only `kyr-content review` writes)
// that show the validator's problems under themselves, and a preview that renders
// the record with the real elements in a chosen language.
const { CMS, h, createClass } = window;

/** Decap hands values over as Immutable.js collections; the studio works with plain ones. */
const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);
const dataOf = (entry, key) => plain(entry.getIn(['data', key]));
const recordLanguages = (entry) => (dataOf(entry, 'locales') ?? []).map((locale) => locale?.code).filter(Boolean);

/**
 * The record being edited, checked on this machine by the same rules as
 * `kyr-content validate` (POST /studio/check), once per change, shared by the
 * fields (each shows its own problems) and the preview (which shows them all).
 */
const check = {
  entry: undefined,
  result: { problems: [], records: {} },
  listeners: new Set(),
  timer: undefined,
  request(entry) {
    if (entry === this.entry) return;
    // Another record: its fields must not show the last one's problems meanwhile.
    if (entry.get('slug') !== this.entry?.get('slug')) this.result = { problems: [], records: {} };
    this.entry = entry;
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      const response = await fetch('/studio/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ slug: entry.get('slug'), data: plain(entry.get('data')) }),
      });
      if (entry !== this.entry) return; // a newer edit is being checked
      const result = await response.json();
      // While the record has problems, the preview keeps showing its last version without any.
      const stale = !Object.keys(result.records).length && Object.keys(this.result.records).length > 0;
      this.result = stale ? { ...result, records: this.result.records, stale } : result;
      for (const listener of this.listeners) listener();
    }, 300);
  },
};

/** "rights[1].sources[0]" → ['rights', 1, 'sources', 0] */
const pathOf = (field) => (field.match(/[^.[\]]+/g) ?? []).map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * The problems that belong to this field: those whose path runs through a field
 * of this name holding exactly this value. Decap does not tell a field where it
 * sits in the record, so its name and value say which one it is.
 */
function problemsOf(props) {
  const name = props.field.get('name');
  const value = JSON.stringify(plain(props.value) ?? null);
  const data = plain(props.entry.get('data'));
  return check.result.problems.filter((problem) => {
    const path = pathOf(problem.field);
    return path.some((part, i) => part === name && JSON.stringify(path.slice(0, i + 1).reduce((at, key) => at?.[key], data) ?? null) === value);
  });
}

/** Mixed into each of our fields: ask for a check on every change, redraw when it answers, show its problems. */
const showsProblems = {
  componentDidMount() {
    this.redraw = () => this.forceUpdate();
    check.listeners.add(this.redraw);
    check.request(this.props.entry);
  },
  componentDidUpdate() {
    check.request(this.props.entry);
  },
  componentWillUnmount() {
    check.listeners.delete(this.redraw);
  },
  problemList() {
    const problems = problemsOf(this.props);
    return problems.length
      ? h('ul', { className: 'kyr-problems', role: 'status' }, problems.map((problem, i) => h('li', { key: i }, problem.message)))
      : null;
  },
};

/** One line of text (ids, dates, versions, links): a plain input, with the validator's problems under it. */
const LineControl = createClass({
  ...showsProblems,
  render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange, value } = this.props;
    return h(
      'div',
      null,
      h('input', {
        type: 'text',
        id: forID,
        className: classNameWrapper,
        value: value ?? '',
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (event) => onChange(event.target.value),
      }),
      this.problemList(),
    );
  },
});

/** A text in each language of the record, side by side, so a translator sees the original beside theirs. */
const TextControl = createClass({
  ...showsProblems,
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
      this.problemList(),
    );
  },
});

/** The sources a part rests on, ticked from the list at the end of the same record. */
const SourcesControl = createClass({
  ...showsProblems,
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
      this.problemList(),
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
    return { locale: '' };
  },
  componentDidMount() {
    this.redraw = () => this.forceUpdate();
    check.listeners.add(this.redraw);
    check.request(this.props.entry);
    this.draw();
  },
  componentDidUpdate() {
    check.request(this.props.entry);
    this.draw();
  },
  componentWillUnmount() {
    check.listeners.delete(this.redraw);
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
    const { records } = check.result;
    const codes = Object.keys(records);
    const locale = codes.includes(this.state.locale) ? this.state.locale : codes[0];
    const record = records[locale];
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
    const { problems, records } = check.result;
    const codes = Object.keys(records);
    return h(
      'div',
      { className: 'kyr-preview' },
      h(
        'section',
        { className: problems.length ? 'kyr-check' : 'kyr-check kyr-check-passed', 'aria-live': 'polite' },
        problems.length
          ? [
              h('h2', { key: 'h' }, `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before this can be published`),
              h('ul', { key: 'l' }, problems.map((problem, i) => h('li', { key: i }, h('strong', null, problem.where), ` ${problem.message} `, h('code', null, problem.field)))),
            ]
          : h('p', null, 'No problems: this record passes the same check as "kyr-content validate".'),
        check.result.stale ? h('p', null, 'Below: the record as it was before these problems.') : null,
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
CMS.registerWidget('kyr-line', LineControl);
CMS.registerWidget('kyr-readonly', ReviewFieldControl);
CMS.registerPreviewTemplate('jurisdictions', Preview);
CMS.registerPreviewStyle('/preview.css');

const config = await (await fetch('/studio/config.json')).json();
CMS.init({ config });
