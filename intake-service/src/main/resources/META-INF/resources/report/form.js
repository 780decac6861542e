'use strict';
// The hotline's report form, in Korean, English or Chinese (the browser's language, or the switch): builds the contract's JSON, posts it with the signed-in staff member's session or the hotline's key (or a token), and
// shows each rule a field breaks next to that field. Nothing is stored in the browser. A repeat of the same
// body (after a network failure, or a double click) carries the same Idempotency-Key, so it cannot become a
// second report.
(function () {
  const form = document.getElementById('report');
  const people = document.getElementById('people');
  const personTemplate = document.getElementById('person');
  const status = document.getElementById('status');
  let lastBody = null;
  let idempotencyKey = null;
  let sending = false;
  let signedIn = null;
  const WORDS = window.FORM_WORDS;
  const LANGUAGES = ['ko', 'en', 'zh'];
  let language = initialLanguage();

  function initialLanguage() {
    const chosen = localStorage.getItem('form.language');
    if (LANGUAGES.includes(chosen)) {
      return chosen;
    }
    const preferred = (navigator.languages || [navigator.language || 'ko'])
      .map((tag) => String(tag).slice(0, 2).toLowerCase()).find((tag) => LANGUAGES.includes(tag));
    return preferred || 'ko';
  }

  function t(key) {
    const words = WORDS[key];
    return words ? words[LANGUAGES.indexOf(language)] : key;
  }

  function applyLanguage() {
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : language;
    document.getElementById('lang').value = language;
    document.title = 'case-alert · ' + t('title');
    [document, personTemplate.content].forEach((root) => root.querySelectorAll('[data-i18n]').forEach((element) => {
      element.textContent = t(element.dataset.i18n);
    }));
    showSession(signedIn);
    showRecent(recent);
  }

  function newKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return 'form-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function addPerson() {
    const person = personTemplate.content.firstElementChild.cloneNode(true);
    person.querySelector('.remove').addEventListener('click', () => {
      if (people.children.length > 1) {
        person.remove();
        renumber();
      }
    });
    people.appendChild(person);
    renumber();
  }

  function renumber() {
    Array.from(people.children).forEach((person, index) => {
      person.querySelector('.number').textContent = String(index + 1);
      person.querySelectorAll('[data-name]').forEach((input) => {
        input.dataset.field = 'detainees[' + index + '].' + input.dataset.name;
      });
      person.dataset.field = 'detainees[' + index + ']';
    });
  }

  function text(input) {
    const value = input.value.trim();
    return value === '' ? undefined : value;
  }

  function field(name) {
    return form.elements.namedItem(name);
  }

  function person(element) {
    const value = (name) => element.querySelector('[data-name="' + name + '"]');
    const aliases = text(value('aliases'));
    const birthYear = text(value('birthYear'));
    return {
      name: text(value('name')),
      nameHangul: text(value('nameHangul')),
      aliases: aliases === undefined ? undefined : aliases.split(',').map((a) => a.trim()).filter((a) => a !== ''),
      sex: value('sex').value,
      birthYear: birthYear === undefined ? undefined : Number(birthYear),
      hometown: text(value('hometown')),
      pregnant: value('pregnant').checked ? true : undefined,
      unnamed: value('unnamed').checked ? true : undefined,
      notes: text(value('notes')),
    };
  }

  function report() {
    return {
      externalRef: text(field('externalRef')),
      source: { kind: field('source.kind').value, reliability: field('source.reliability').value },
      detainees: Array.from(people.children).map(person),
      detention: {
        stage: field('detention.stage').value,
        since: text(field('detention.since')),
        facility: text(field('detention.facility')),
        city: text(field('detention.city')),
        province: text(field('detention.province')),
        transferExpectedOn: text(field('detention.transferExpectedOn')),
      },
      riskFactors: Array.from(form.querySelectorAll('input[name="riskFactors"]:checked'), (box) => box.value),
      consent: {
        appealsToUn: field('consent.appealsToUn').checked,
        publicAdvocacy: field('consent.publicAdvocacy').checked,
      },
      narrative: text(field('narrative')),
    };
  }

  function clearProblems() {
    status.className = '';
    status.textContent = '';
    delete status.dataset.reportId;
    form.querySelectorAll('.error').forEach((error) => error.remove());
    form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  }

  function say(kind, message) {
    status.className = kind;
    status.textContent = message;
  }

  function showViolations(violations) {
    const list = document.createElement('ul');
    violations.forEach((violation) => {
      const item = document.createElement('li');
      item.textContent = violation.field + ': ' + violation.message;
      list.appendChild(item);
      const target = closestField(violation.field);
      if (target) {
        target.setAttribute('aria-invalid', 'true');
        const error = document.createElement('p');
        error.className = 'error';
        error.dataset.errorFor = violation.field;
        error.textContent = violation.message;
        target.insertAdjacentElement('afterend', error);
      }
    });
    status.appendChild(list);
  }

  // "detainees[1].aliases[0]" is shown at the aliases field of the second person
  function closestField(path) {
    let candidate = path;
    while (candidate) {
      const found = form.querySelector('[data-field="' + CSS.escape(candidate) + '"]');
      if (found) {
        return found;
      }
      const shorter = candidate.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
      if (shorter === candidate) {
        return null;
      }
      candidate = shorter;
    }
    return null;
  }

  async function send(event) {
    event.preventDefault();
    if (sending) {
      return;
    }
    clearProblems();
    const credential = document.getElementById('credential').value.trim();
    if (signedIn === null && credential === '') {
      say('problem', t('needCredential'));
      return;
    }
    const body = JSON.stringify(report());
    if (body !== lastBody) {
      lastBody = body;
      idempotencyKey = newKey();
    }
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey };
    if (signedIn !== null) {
      headers['X-Requested-With'] = 'JavaScript'; // the session's cookie, same origin
    } else if (credential.startsWith('hk_')) {
      headers['X-Api-Key'] = credential;
    } else {
      headers.Authorization = 'Bearer ' + credential;
    }
    sending = true;
    document.getElementById('send').disabled = true;
    try {
      const response = await fetch('/api/v1/reports', { method: 'POST', headers, body,
        credentials: signedIn !== null ? 'same-origin' : 'omit' });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 202) {
        form.reset();
        document.getElementById('credential').value = credential; // the next call's report goes with the same key
        people.replaceChildren();
        addPerson();
        lastBody = null;
        say('ok', t('received') + ' ' + answer.id + ' · ' + t('at') + ' ' + answer.receivedAt);
        status.dataset.reportId = answer.id;
        loadRecent();
      } else if (response.status === 499) {
        say('problem', t('sessionEnded'));
        showSession(null);
      } else if (response.status === 401 || response.status === 403) {
        say('problem', t('notAccepted'));
      } else if (response.status === 429) {
        say('problem', t('tooMany') + ' ' + (response.headers.get('Retry-After') || '60'));
      } else if (response.status === 400 || response.status === 413 || response.status === 422) {
        say('problem', t('correct') + ' ' + (answer.detail || ''));
        showViolations(answer.violations || []);
      } else {
        say('problem', t('notSent') + ' ' + response.status);
      }
    } catch (failure) {
      say('problem', t('noConnection'));
    } finally {
      sending = false;
      document.getElementById('send').disabled = false;
    }
  }

  // signed in through the organisation's identity provider, or else a hotline's API key
  function showSession(me) {
    signedIn = me;
    document.getElementById('signed-in').textContent = me === null ? '' : t('signedInAs') + ' ' + me.name;
    document.getElementById('sign-out').hidden = me === null;
    document.getElementById('sign-in').hidden = me !== null;
    document.getElementById('credential-field').hidden = me !== null;
  }

  // the hotline's own recent reports and the case each became (reference and level, no names)
  let recent = null;

  function credentialHeaders() {
    const headers = { 'X-Requested-With': 'JavaScript' };
    const credential = document.getElementById('credential').value.trim();
    if (signedIn === null && credential.startsWith('hk_')) {
      headers['X-Api-Key'] = credential;
    } else if (signedIn === null && credential !== '') {
      headers.Authorization = 'Bearer ' + credential;
    }
    return headers;
  }

  async function loadRecent() {
    if (signedIn === null && document.getElementById('credential').value.trim() === '') {
      return;
    }
    try {
      const response = await fetch('/api/v1/reports?limit=20', { headers: credentialHeaders(),
        credentials: signedIn !== null ? 'same-origin' : 'omit' });
      if (response.ok) {
        showRecent((await response.json()).items);
      }
    } catch (failure) {
      // the list is a help, not the form: it waits for the next try
    }
  }

  function showRecent(items) {
    recent = items;
    const section = document.getElementById('recent');
    section.hidden = items === null;
    if (items === null) {
      return;
    }
    document.getElementById('recent-reports').replaceChildren(...items.map((item) => {
      const li = document.createElement('li');
      li.dataset.reportId = item.id;
      li.className = item.level ? item.level.toLowerCase() : 'pending';
      const parts = [String(item.receivedAt).replace('T', ' ').slice(0, 16) + ' UTC', item.externalRef,
        item.detaineeCount + t('persons'), item.province,
        item.caseReference ? item.caseReference + ' · ' + t(item.level) : (item.published ? t('noCaseYet')
          : t('notPublished'))];
      li.textContent = parts.filter((part) => part).join(' · ');
      return li;
    }));
  }

  document.getElementById('lang').addEventListener('change', (event) => {
    language = event.target.value;
    localStorage.setItem('form.language', language);
    applyLanguage();
  });
  document.getElementById('credential').addEventListener('change', loadRecent);

  fetch('/api/v1/me', { headers: { 'X-Requested-With': 'JavaScript' }, credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .then(showSession, () => showSession(null))
    .then(loadRecent);
  setInterval(() => {
    if (!document.hidden) {
      loadRecent();
    }
  }, 30000);

  document.getElementById('add-person').addEventListener('click', addPerson);
  form.addEventListener('submit', send);
  applyLanguage();
  addPerson();
}());
