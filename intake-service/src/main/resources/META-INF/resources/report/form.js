'use strict';
// The hotline's report form: builds the contract's JSON, posts it with the staff member's key or token, and
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
    if (credential === '') {
      say('problem', 'Enter your API key or token. · API 키 또는 토큰을 입력하세요.');
      return;
    }
    const body = JSON.stringify(report());
    if (body !== lastBody) {
      lastBody = body;
      idempotencyKey = newKey();
    }
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey };
    if (credential.startsWith('hk_')) {
      headers['X-Api-Key'] = credential;
    } else {
      headers.Authorization = 'Bearer ' + credential;
    }
    sending = true;
    document.getElementById('send').disabled = true;
    try {
      const response = await fetch('/api/v1/reports', { method: 'POST', headers, body, credentials: 'omit' });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 202) {
        form.reset();
        people.replaceChildren();
        addPerson();
        lastBody = null;
        say('ok', 'Received · 접수됨: report ' + answer.id + ' at ' + answer.receivedAt + '.');
        status.dataset.reportId = answer.id;
      } else if (response.status === 401 || response.status === 403) {
        say('problem', 'The key or token was not accepted. · 키 또는 토큰이 받아들여지지 않았습니다.');
      } else if (response.status === 429) {
        say('problem', 'Too many reports just now; try again in ' + (response.headers.get('Retry-After') || 'a few')
            + ' seconds. · 잠시 후 다시 보내세요.');
      } else if (response.status === 400 || response.status === 413 || response.status === 422) {
        say('problem', 'Please correct the marked fields. · 표시된 항목을 고쳐 주세요. ' + (answer.detail || ''));
        showViolations(answer.violations || []);
      } else {
        say('problem', 'Not sent (' + response.status + '). Try again: sending the same report again cannot make a '
            + 'duplicate. · 전송되지 않았습니다. 다시 보내도 중복되지 않습니다.');
      }
    } catch (failure) {
      say('problem', 'Not sent: no connection. Try again: sending the same report again cannot make a duplicate. '
          + '· 연결이 없습니다. 다시 보내도 중복되지 않습니다.');
    } finally {
      sending = false;
      document.getElementById('send').disabled = false;
    }
  }

  document.getElementById('add-person').addEventListener('click', addPerson);
  form.addEventListener('submit', send);
  addPerson();
}());
