'use strict';
// The case board: open cases by level and time left, with a live countdown to the expected handover; the border
// drawn with the open cases and people at each crossing; a case's own page (#/case/<id>) with its timeline,
// reasons and, for operators, the people, possible matches and the operators' actions. It shows what the API gives
// the signed-in role, and calls the API with the session of the sign-in (same origin). Every value is written as
// text, never as HTML: facility names and notes come from phone calls.
(function () {
  const WORDS = window.BOARD_WORDS;
  const CODES = window.BOARD_CODES;
  const CODE_WORDS = window.BOARD_CODE_WORDS;
  const LANGUAGES = ['en', 'ko', 'zh'];
  const LEVEL_RANK = { IMMINENT: 0, URGENT: 1, WATCH: 2 };
  const REFRESH_MILLIS = 60000;
  const PAGE = 500;
  const MAX_PAGES = 20;
  // the crossings, west to east along the Yalu and the Tumen: [longitude, latitude]
  const CROSSINGS = {
    'DANDONG-SINUIJU': [124.39, 40.12], 'JIAN-MANPO': [126.19, 41.13], 'LINJIANG-JUNGGANG': [126.91, 41.81],
    'CHANGBAI-HYESAN': [128.19, 41.42], 'NANPING-MUSAN': [129.2, 42.22], 'SANHE-HOERYONG': [129.72, 42.45],
    'TUMEN-ONSONG': [129.84, 42.96], 'HUNCHUN-KYONGWON': [130.33, 42.85], 'QUANHE-WONJONG': [130.55, 42.5],
  };
  const BORDER = [[124.2, 39.85], [124.39, 40.12], [124.9, 40.45], [125.4, 40.7], [126.19, 41.13], [126.6, 41.6],
    [126.91, 41.81], [127.5, 41.55], [128.19, 41.42], [128.1, 41.95], [128.6, 42.05], [129.2, 42.22], [129.72, 42.45],
    [129.84, 42.96], [130.2, 42.9], [130.33, 42.85], [130.55, 42.5], [130.7, 42.3]];
  // where a crossing's label goes when the default (alternately below and above) would overlap its neighbours':
  // [x, y, anchor] in the map's coordinates, with a leader line to the crossing
  const LABELS = {
    'NANPING-MUSAN': [452, 160, 'end'], 'SANHE-HOERYONG': [560, 180, 'middle'], 'TUMEN-ONSONG': [505, 20, 'end'],
    'HUNCHUN-KYONGWON': [632, 20, 'end'], 'QUANHE-WONJONG': [632, 132, 'end'],
  };
  const SVG = 'http://www.w3.org/2000/svg';

  const cards = document.getElementById('cases');
  const message = document.getElementById('message');
  let language = initialLanguage();
  let me = null;
  let cases = [];
  let loadedAt = null;
  let shown = null;

  function initialLanguage() {
    const chosen = localStorage.getItem('board.language');
    if (LANGUAGES.includes(chosen)) {
      return chosen;
    }
    const preferred = (navigator.languages || [navigator.language || 'en'])
      .map((tag) => String(tag).slice(0, 2).toLowerCase()).find((tag) => LANGUAGES.includes(tag));
    return preferred || 'en';
  }

  function t(key, ...args) {
    const value = WORDS[language][key] !== undefined ? WORDS[language][key] : WORDS.en[key];
    return typeof value === 'function' ? value(...args) : value;
  }

  /** A code as words in the chosen language, or the code itself where it has none. */
  function word(code) {
    if (code === undefined || code === null || code === '') {
      return '';
    }
    const words = CODE_WORDS[code];
    return words ? words[LANGUAGES.indexOf(language)] : String(code);
  }

  /** The server's sentences name codes ("BORDER_FACILITY → TRANSFER_SCHEDULED"): each becomes words. */
  function wordsIn(text) {
    return String(text || '').replace(/\b[A-Z][A-Z_]*(-[A-Z_]+)?\b/g, (code) => (CODE_WORDS[code] ? word(code) : code));
  }

  function applyLanguage() {
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : language;
    document.getElementById('lang').value = language;
    document.title = 'case-alert · ' + t('title');
    document.querySelectorAll('[data-i18n]').forEach((element) => {
      element.textContent = t(element.dataset.i18n);
    });
    document.querySelectorAll('select[data-codes]').forEach((select) => {
      const before = select.value;
      select.replaceChildren();
      if (select.dataset.any) {
        select.appendChild(option('', t(select.dataset.any === 'true' ? 'any' : 'unchanged')));
      }
      CODES[select.dataset.codes].forEach((code) => select.appendChild(option(code, word(code))));
      if (Array.from(select.options).some((choice) => choice.value === before)) {
        select.value = before;
      }
    });
    if (document.getElementById('status').value === '' && !document.getElementById('status').dataset.touched) {
      document.getElementById('status').value = 'OPEN';
    }
    showSignedIn();
    render();
    if (loadedAt !== null && message.className === '') {
      message.textContent = t('casesAsOf', cases.length, loadedAt);
    }
    if (shown) {
      showCase(shown.id);
    }
  }

  function option(value, text) {
    const element = document.createElement('option');
    element.value = value;
    element.textContent = text;
    return element;
  }

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined && text !== null) {
      made.textContent = String(text);
    }
    if (className) {
      made.className = className;
    }
    return made;
  }

  async function call(path, method, body) {
    const headers = { 'X-Requested-With': 'JavaScript' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(path, { method: method || 'GET', headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 499 || response.status === 401) {
      window.location.reload();
      throw new Error(t('sessionEnded'));
    }
    if (response.status === 403) {
      throw new Error(t('mayNotSee'));
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error((problem.violations || []).map((v) => v.field + ': ' + v.message).join('; ')
          || problem.detail || t('answered', response.status));
    }
    return response.status === 204 ? null : response.json();
  }

  function problem(failure) {
    message.className = 'problem';
    message.textContent = failure.message;
  }

  function filters() {
    const params = new URLSearchParams();
    ['level', 'status', 'province', 'corridor'].forEach((name) => {
      const value = document.getElementById(name).value.trim();
      if (value !== '') {
        params.set(name, value);
      }
    });
    return params;
  }

  async function load() {
    try {
      const found = [];
      let cursor = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const params = filters();
        params.set('limit', String(PAGE));
        if (cursor) {
          params.set('cursor', cursor);
        }
        const answer = await call('/api/v1/cases?' + params);
        found.push(...answer.items);
        cursor = answer.nextCursor || null;
        if (cursor === null) {
          break;
        }
      }
      cases = found;
      loadedAt = new Date().toISOString().slice(11, 16);
      render();
      message.className = '';
      message.textContent = t('casesAsOf', cases.length, loadedAt);
    } catch (failure) {
      problem(failure);
    }
  }

  function byLevelAndTimeLeft(a, b) {
    const rank = (LEVEL_RANK[a.level] ?? 9) - (LEVEL_RANK[b.level] ?? 9);
    if (rank !== 0) {
      return rank;
    }
    if (a.deadline !== b.deadline) {
      return !a.deadline ? 1 : (!b.deadline ? -1 : (a.deadline < b.deadline ? -1 : 1));
    }
    return String(b.updatedAt).localeCompare(String(a.updatedAt));
  }

  function render() {
    cards.replaceChildren(...cases.slice().sort(byLevelAndTimeLeft).map(card));
    drawMap();
    tick();
  }

  function people(item) {
    return [t('persons', item.detaineeCount), item.women ? t('women', item.women) : null,
      item.minors ? t('minors', item.minors) : null].filter((part) => part).join(', ');
  }

  function owner(item) {
    return item.acknowledgedBy ? t('ownerSince', item.acknowledgedBy, utc(item.acknowledgedAt))
      : (item.level === 'IMMINENT' ? t('nobodyYet') : '');
  }

  function utc(instant) {
    return instant ? String(instant).replace('T', ' ').slice(0, 16) : '';
  }

  function card(item) {
    const li = element('li', null, 'card ' + String(item.level || '').toLowerCase());
    li.dataset.caseId = item.id;
    const link = element('a', item.reference, 'reference');
    link.href = '#/case/' + encodeURIComponent(item.id);
    const heading = element('h3');
    heading.appendChild(link);
    heading.appendChild(element('span', word(item.level), 'level'));
    li.appendChild(heading);
    const countdown = element('p', '', 'countdown');
    countdown.dataset.deadline = item.deadline || '';
    countdown.dataset.overdue = String(Boolean(item.overdue));
    li.appendChild(countdown);
    const facts = element('dl', null, 'facts');
    fact(facts, t('stage'), word(item.stage));
    fact(facts, t('handover'), item.deadline ? item.deadline + ' (' + word(item.deadlineBasis) + ')' : t('noDeadline'));
    fact(facts, t('peopleTerm'), people(item));
    fact(facts, t('heldAt'), [item.facility, item.province].filter((part) => part).join(', '));
    fact(facts, t('crossing'), item.corridor ? word(item.corridor) : t('noCrossing'));
    fact(facts, t('sources'), word(item.confidence));
    fact(facts, t('owner'), owner(item), item.acknowledgedBy ? 'owner' : 'unowned');
    li.appendChild(facts);
    return li;
  }

  function fact(list, term, value, className) {
    if (value === '' || value === undefined || value === null) {
      return;
    }
    list.appendChild(element('dt', term));
    list.appendChild(element('dd', value, className));
  }

  /** The time left until the expected handover (the start of its day, UTC), or OVERDUE. */
  function countdownText(deadline, overdue) {
    if (!deadline) {
      return t('noDeadline');
    }
    const left = Date.parse(deadline + 'T00:00:00Z') - Date.now();
    if (left > 0) {
      const seconds = Math.floor(left / 1000);
      const days = Math.floor(seconds / 86400);
      const clock = [Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60]
        .map((part) => String(part).padStart(2, '0')).join(':');
      return t('left', (days > 0 ? days + t('days') + ' ' : '') + clock);
    }
    return overdue || left <= -86400000 ? t('overdue') : t('today');
  }

  function tick() {
    document.querySelectorAll('[data-deadline]').forEach((target) => {
      const text = countdownText(target.dataset.deadline, target.dataset.overdue === 'true');
      target.textContent = text;
      target.classList.toggle('overdue', text === t('overdue'));
    });
  }

  function drawMap() {
    const width = 640;
    const height = 420;
    const x = (lon) => ((lon - 123.8) / 7.4) * width;
    const y = (lat) => ((43.4 - lat) / 3.8) * height;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', 'map-title');
    const counts = {};
    let elsewhere = { cases: 0, people: 0 };
    cases.filter((item) => item.status === 'OPEN').forEach((item) => {
      const at = CROSSINGS[item.corridor] ? (counts[item.corridor] = counts[item.corridor] || { cases: 0, people: 0 })
        : elsewhere;
      at.cases += 1;
      at.people += item.detaineeCount || 0;
    });
    const svgElement = (tag, attributes, text) => {
      const made = document.createElementNS(SVG, tag);
      Object.entries(attributes).forEach(([name, value]) => made.setAttribute(name, String(value)));
      if (text !== undefined) {
        made.textContent = text;
      }
      svg.appendChild(made);
      return made;
    };
    svgElement('rect', { x: 0, y: 0, width, height, class: 'land' });
    svgElement('polyline', { points: BORDER.map(([lon, lat]) => x(lon) + ',' + y(lat)).join(' '), class: 'border' });
    svgElement('text', { x: x(125.2), y: y(42.6), class: 'country' }, t('china'));
    svgElement('text', { x: x(127.4), y: y(40.5), class: 'country' }, t('dprk'));
    const list = document.getElementById('map-list');
    list.replaceChildren();
    Object.entries(CROSSINGS).forEach(([code, [lon, lat]], index) => {
      const count = counts[code] || { cases: 0, people: 0 };
      const group = svgElement('g', { class: 'crossing' + (count.cases ? ' busy' : ''), 'data-corridor': code });
      const circle = document.createElementNS(SVG, 'circle');
      circle.setAttribute('cx', x(lon));
      circle.setAttribute('cy', y(lat));
      circle.setAttribute('r', String(5 + Math.min(16, count.cases * 3)));
      group.appendChild(circle);
      const label = document.createElementNS(SVG, 'text');
      const below = index % 2 === 0;
      const [labelX, labelY, anchor] = LABELS[code] || [x(lon), y(lat) + (below ? 30 : -24), 'middle'];
      if (LABELS[code]) {
        const leader = document.createElementNS(SVG, 'line');
        [['x1', x(lon)], ['y1', y(lat)], ['x2', anchor === 'end' ? labelX - 4 : labelX], ['y2', labelY + 4]]
          .forEach(([name, value]) => leader.setAttribute(name, String(value)));
        leader.setAttribute('class', 'leader');
        group.insertBefore(leader, circle);
      }
      label.setAttribute('x', labelX);
      label.setAttribute('y', labelY);
      label.setAttribute('text-anchor', anchor);
      const name = document.createElementNS(SVG, 'tspan');
      name.textContent = word(code);
      label.appendChild(name);
      const numbers = document.createElementNS(SVG, 'tspan');
      numbers.setAttribute('x', labelX);
      numbers.setAttribute('dy', '1.1em');
      numbers.setAttribute('class', 'count');
      numbers.textContent = t('cases', count.cases) + ' · ' + t('persons', count.people);
      label.appendChild(numbers);
      group.appendChild(label);
      const item = element('li', word(code) + ': ' + t('cases', count.cases) + ', ' + t('persons', count.people));
      item.dataset.corridor = code;
      list.appendChild(item);
    });
    if (elsewhere.cases) {
      const item = element('li', t('elsewhere') + ': ' + t('cases', elsewhere.cases) + ', ' + t('persons', elsewhere.people));
      item.dataset.corridor = '';
      list.appendChild(item);
    }
    document.getElementById('map').replaceChildren(svg);
  }

  function list(id, entries) {
    const target = document.getElementById(id);
    target.replaceChildren(...entries.map((entry) => {
      if (entry instanceof Node) {
        const li = element('li');
        li.appendChild(entry);
        return li;
      }
      return element('li', entry);
    }));
  }

  async function showCase(id) {
    try {
      const found = await call('/api/v1/cases/' + encodeURIComponent(id));
      shown = found;
      document.getElementById('overview').hidden = true;
      document.getElementById('detail').hidden = false;
      const title = document.getElementById('detail-title');
      title.textContent = found.reference + ' · ' + word(found.level) + ' · ' + word(found.status);
      const facts = document.getElementById('detail-facts');
      facts.replaceChildren();
      const countdown = element('span', '', 'countdown');
      countdown.dataset.deadline = found.deadline || '';
      countdown.dataset.overdue = String(Boolean(found.overdue));
      fact(facts, t('handover'), found.deadline ? found.deadline + ' (' + word(found.deadlineBasis) + ')' : t('noDeadline'));
      facts.appendChild(element('dt', ''));
      const holder = element('dd');
      holder.appendChild(countdown);
      facts.appendChild(holder);
      fact(facts, t('stage'), word(found.stage));
      fact(facts, t('since'), found.since);
      fact(facts, t('peopleTerm'), people(found));
      fact(facts, t('heldAt'), [found.facility, found.province].filter((part) => part).join(', '));
      fact(facts, t('crossing'), found.corridor ? word(found.corridor) : t('noCrossing'));
      fact(facts, t('sources'), word(found.confidence));
      if (found.batch) {
        fact(facts, word('BATCH'), t('batch', found.batch.cases));
      }
      if (found.mergedIntoReference) {
        fact(facts, word('MERGE'), t('mergedInto', found.mergedIntoReference));
      }
      document.getElementById('detail-owner').textContent = found.acknowledgedBy
        ? t('acknowledgedBy', owner(found)) : t('nobodyAcknowledged');
      document.getElementById('release').hidden = !found.acknowledgedBy;
      list('detail-reasons', (found.reasons || []).map((reason) => {
        const span = element('span', CODE_WORDS[reason.code] ? word(reason.code) : reason.text);
        if (CODE_WORDS[reason.code] && language !== 'en') {
          const detail = element('small', ' (' + reason.text + ')');
          detail.lang = 'en';
          span.appendChild(detail);
        }
        return span;
      }));
      const persons = found.detainees || [];
      document.getElementById('detail-people-section').hidden = persons.length === 0;
      list('detail-people', persons.map((person) => [person.name || t('nameUnknown'), person.nameHangul, word(person.sex),
        person.birthYear, person.hometown, person.notes].filter((part) => part).join(', ')));
      const matches = found.possibleMatches || [];
      document.getElementById('detail-matches-section').hidden = matches.length === 0;
      list('detail-matches', matches.map((match) => {
        const link = element('a', match.reference + ': ' + match.detail);
        link.href = '#/case/' + encodeURIComponent(match.caseId);
        return link;
      }));
      const candidates = document.getElementById('merge-candidates');
      candidates.replaceChildren(...matches.map((match) => option(match.caseId, match.reference)));
      list('detail-timeline', (found.timeline || []).map((entry) => utc(entry.at) + ' · ' + word(entry.kind) + ': '
          + wordsIn(entry.detail) + (entry.note ? ' (' + entry.note + ')' : '')));
      consentPeople(persons);
      if (isOperator()) {
        showConsent(await call('/api/v1/cases/' + encodeURIComponent(found.id) + '/consent'));
      }
      exportLinks();
      tick();
    } catch (failure) {
      problem(failure);
    }
  }

  function consentPeople(persons) {
    const box = document.getElementById('consent-people');
    box.querySelectorAll('label').forEach((label) => label.remove());
    persons.filter((person) => person.personId).forEach((person) => {
      const label = element('label', null, 'check');
      const input = element('input');
      input.type = 'checkbox';
      input.value = String(person.personId);
      input.checked = true;
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + (person.name || t('nameUnknown'))));
      box.appendChild(label);
    });
  }

  function showConsent(consents) {
    const names = {};
    (shown.detainees || []).forEach((person) => {
      names[person.personId] = person.name || t('nameUnknown');
    });
    const purposes = [['un', 'appealsToUn'], ['unhcr', 'appealsToUnhcr'], ['governments', 'appealsToGovernments'],
      ['publicAdvocacy', 'publicAdvocacy']];
    list('consent-now', (consents || []).map((person) => (names[person.personId] || t('personId') + ' ' + person.personId)
        + ': ' + purposes.map(([field, label]) => {
          const given = (person.consent || {})[field] || {};
          return t(label) + ' ' + word(given.answer || 'NOT_GIVEN') + (given.givenBy ? ' (' + word(given.givenBy) + ', '
            + given.on + ')' : '');
        }).join('; ')));
  }

  function isOperator() {
    return me !== null && me.roles.includes('operator');
  }

  function showSignedIn() {
    if (me) {
      document.getElementById('signed-in').textContent = t('signedInAs') + ' ' + me.name + ' (' + me.roles.join(', ') + ')';
    }
    document.querySelectorAll('.operator-only').forEach((part) => {
      part.hidden = !isOperator();
    });
  }

  function exportLinks() {
    const query = filters();
    ['csv', 'json'].forEach((format) => {
      const params = new URLSearchParams(query);
      params.set('format', format);
      document.getElementById('export-' + format).href = '/api/v1/cases/export?' + params;
      if (shown) {
        document.getElementById('case-export-' + format).href = '/api/v1/cases/' + encodeURIComponent(shown.id)
          + '/export?format=' + format;
      }
    });
  }

  async function act(path, body, done) {
    try {
      await call('/api/v1/cases/' + encodeURIComponent(shown.id) + path, 'POST', body);
      message.className = 'ok';
      message.textContent = t(done);
      await showCase(shown.id);
      load();
    } catch (failure) {
      problem(failure);
    }
  }

  function route() {
    const match = /^#\/case\/(.+)$/.exec(window.location.hash);
    if (match) {
      showCase(decodeURIComponent(match[1])).then(() => document.getElementById('detail-title').focus());
    } else {
      shown = null;
      document.getElementById('detail').hidden = true;
      document.getElementById('overview').hidden = false;
    }
  }

  document.getElementById('lang').addEventListener('change', (event) => {
    language = event.target.value;
    localStorage.setItem('board.language', language);
    applyLanguage();
  });
  document.getElementById('status').addEventListener('change', (event) => {
    event.target.dataset.touched = 'true';
  });
  document.getElementById('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    message.className = '';
    message.textContent = t('loading');
    exportLinks();
    window.location.hash = '';
    load();
  });
  document.getElementById('back').addEventListener('click', (event) => {
    event.preventDefault();
    window.location.hash = '';
  });
  document.getElementById('acknowledge').addEventListener('click', () => act('/acknowledge', undefined, 'saved'));
  document.getElementById('release').addEventListener('click', async () => {
    try {
      await call('/api/v1/cases/' + encodeURIComponent(shown.id) + '/acknowledge', 'DELETE');
      await showCase(shown.id);
      load();
    } catch (failure) {
      problem(failure);
    }
  });
  document.getElementById('status-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (id) => document.getElementById(id).value.trim() || undefined;
    act('/status', { stage: value('new-stage'), status: value('new-status'), since: value('new-since'),
      note: value('new-note') }, 'saved');
  });
  document.getElementById('merge-form').addEventListener('submit', (event) => {
    event.preventDefault();
    act('/merge', { otherCaseId: document.getElementById('merge-other').value.trim() }, 'merged');
  });
  document.getElementById('consent-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const answer = (purpose) => ({ YES: true, NO: false })[document.getElementById('consent-' + purpose).value];
    act('/consent', {
      givenBy: document.getElementById('consent-given-by').value,
      personIds: Array.from(document.querySelectorAll('#consent-people input:checked'), (box) => Number(box.value)),
      appealsToUn: answer('appealsToUn'), appealsToUnhcr: answer('appealsToUnhcr'),
      appealsToGovernments: answer('appealsToGovernments'), publicAdvocacy: answer('publicAdvocacy'),
    }, 'consentRecorded');
  });
  window.addEventListener('hashchange', route);

  applyLanguage();
  call('/api/v1/me').then((signedIn) => {
    me = signedIn;
    showSignedIn();
    exportLinks();
    return load();
  }).then(route).catch(problem);
  setInterval(tick, 1000);
  setInterval(() => {
    if (!document.hidden && shown === null) {
      load();
    }
  }, REFRESH_MILLIS);
}());
