'use strict';
// The case board: open cases, most recently changed first, with the time left before the expected handover.
// It shows what the API gives the token's role: advocates the pseudonymised cases, operators also the people.
// Every value is written as text, never as HTML: facility names and notes come from phone calls.
(function () {
  const rows = document.querySelector('#cases tbody');
  const more = document.getElementById('more');
  const message = document.getElementById('message');
  const REFRESH_MILLIS = 60000;
  let cursor = null;
  let shown = null;

  function query() {
    const params = new URLSearchParams({ limit: '50' });
    ['level', 'status', 'province', 'corridor'].forEach((name) => {
      const value = document.getElementById(name).value.trim();
      if (value !== '') {
        params.set(name, value);
      }
    });
    return params;
  }

  async function call(path, method) {
    const token = document.getElementById('token').value.trim();
    const response = await fetch(path, { method: method || 'GET', headers: { Authorization: 'Bearer ' + token },
      credentials: 'omit' });
    if (response.status === 401 || response.status === 403) {
      throw new Error('The token was not accepted for the case board.');
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error((problem.violations || []).map((v) => v.field + ': ' + v.message).join('; ')
          || problem.detail || ('The alert service answered ' + response.status + '.'));
    }
    return response.json();
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text === undefined || text === null ? '' : String(text);
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
  }

  function daysFromToday(date) {
    const today = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
    return Math.round((new Date(date + 'T00:00:00Z') - today) / 86400000);
  }

  function handover(deadline) {
    if (!deadline) {
      return ['', null];
    }
    const days = daysFromToday(deadline);
    if (days < 0) {
      return [deadline + ' (' + -days + ' days ago)', 'overdue'];
    }
    return [deadline + (days === 0 ? ' (today)' : ' (in ' + days + ' days)'), days <= 3 ? 'overdue' : null];
  }

  function render(item) {
    const row = document.createElement('tr');
    row.className = String(item.level || '').toLowerCase();
    row.dataset.caseId = item.id;
    cell(row, item.reference);
    cell(row, item.level);
    cell(row, item.stage);
    cell(row, item.since);
    const [deadline, urgency] = handover(item.deadline);
    cell(row, deadline, urgency);
    cell(row, item.detaineeCount + (item.women ? ', ' + item.women + ' women' : '')
        + (item.minors ? ', ' + item.minors + ' minors' : ''));
    cell(row, [item.facility, item.province].filter((part) => part).join(', '));
    cell(row, item.corridor);
    cell(row, item.confidence === 'CORROBORATED' ? 'corroborated' : 'single source');
    cell(row, item.updatedAt ? item.updatedAt.replace('T', ' ').slice(0, 16) + ' UTC' : '');
    cell(row, owner(item), item.acknowledgedBy ? 'owner' : 'unowned');
    row.addEventListener('click', () => showCase(item.id));
    rows.appendChild(row);
  }

  async function load(fromStart) {
    try {
      const params = query();
      if (!fromStart && cursor) {
        params.set('cursor', cursor);
      }
      const page = await call('/api/v1/cases?' + params);
      if (fromStart) {
        rows.replaceChildren();
      }
      page.items.forEach(render);
      cursor = page.nextCursor || null;
      more.hidden = cursor === null;
      message.className = '';
      message.textContent = rows.children.length + ' cases, as of ' + new Date().toISOString().slice(11, 16) + ' UTC.';
    } catch (failure) {
      message.className = 'problem';
      message.textContent = failure.message;
    }
  }

  function list(id, entries) {
    const target = document.getElementById(id);
    target.replaceChildren();
    entries.forEach((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      target.appendChild(li);
    });
  }

  function owner(item) {
    return item.acknowledgedBy ? item.acknowledgedBy + ' since ' + item.acknowledgedAt.replace('T', ' ').slice(0, 16)
        + ' UTC' : (item.level === 'IMMINENT' ? 'nobody yet' : '');
  }

  function showDetail(found) {
    shown = found.id;
    document.getElementById('detail-owner').textContent = found.acknowledgedBy ? 'Acknowledged by ' + owner(found)
      : 'Nobody has acknowledged this case.';
    document.getElementById('release').hidden = !found.acknowledgedBy;
  }

  async function acknowledgement(method) {
    try {
      await call('/api/v1/cases/' + encodeURIComponent(shown) + '/acknowledge', method);
      await showCase(shown);
      load(true);
    } catch (failure) {
      message.className = 'problem';
      message.textContent = failure.message;
    }
  }

  async function showCase(id) {
    try {
      const found = await call('/api/v1/cases/' + encodeURIComponent(id));
      showDetail(found);
      document.getElementById('detail-title').textContent = found.reference + ' · ' + found.level + ' · ' + found.status;
      list('detail-reasons', (found.reasons || []).map((reason) => reason.text));
      const people = found.detainees || [];
      document.getElementById('detail-people-section').hidden = people.length === 0;
      list('detail-people', people.map((person) => [person.name || '(name unknown)', person.nameHangul, person.sex,
        person.birthYear, person.hometown].filter((part) => part).join(', ')));
      list('detail-timeline', (found.timeline || []).map((entry) => entry.at.replace('T', ' ').slice(0, 16) + ' '
          + entry.detail + (entry.note ? ' (' + entry.note + ')' : '')));
      document.getElementById('detail').hidden = false;
    } catch (failure) {
      message.className = 'problem';
      message.textContent = failure.message;
    }
  }

  document.getElementById('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    document.getElementById('detail').hidden = true;
    load(true);
  });
  more.addEventListener('click', () => load(false));
  document.getElementById('acknowledge').addEventListener('click', () => acknowledgement('POST'));
  document.getElementById('release').addEventListener('click', () => acknowledgement('DELETE'));
  setInterval(() => {
    if (document.getElementById('token').value.trim() !== '' && !document.hidden) {
      load(true);
    }
  }, REFRESH_MILLIS);
}());
