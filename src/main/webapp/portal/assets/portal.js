// The portal's plumbing, shared by its pages: calls to MedGrid's public API with the session cookie,
// sign-in and sign-out, and DOM building that never parses data as HTML (text goes in as text).

const CSRF_KEY = 'medgrid.csrf_token';

/** An error answer of the API: its HTTP status, exc_type and first message. */
class ApiError extends Error {
  constructor(status, type, message) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

function messageOf(body, status) {
  try {
    const messages = JSON.parse(body._server_messages);
    return JSON.parse(messages[0]).message;
  } catch (ignored) {
    return body.exception || body.message || `The server answered ${status}.`;
  }
}

/**
 * Calls the API. Writes carry the session's CSRF token (the login answer's, kept in this browser), which
 * the API requires of every cookie-authenticated write; a page of another site can neither read it nor
 * send the header.
 */
export async function api(httpMethod, path, { query, body } = {}) {
  const url = new URL(path, window.location.origin);
  Object.entries(query || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null) {
      url.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
  });
  const headers = { Accept: 'application/json' };
  if (httpMethod !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-Frappe-CSRF-Token'] = localStorage.getItem(CSRF_KEY) || '';
  }
  const response = await fetch(url, {
    method: httpMethod, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch (ignored) {
    throw new ApiError(response.status, 'BadResponse', `The server answered ${response.status} with something that is not JSON.`);
  }
  if (!response.ok) {
    const error = new ApiError(response.status, json.exc_type, messageOf(json, response.status));
    if (response.status === 401 || error.type === 'CSRFTokenError') {
      signedOut('Your session has ended: sign in again.');
    }
    throw error;
  }
  return json;
}

export const method = (name, query) => api('GET', `/api/method/${name}`, { query }).then((json) => json.message);
export const post = (name, body) => api('POST', `/api/method/${name}`, { body: body || {} }).then((json) => json.message);
export const list = (doctype, query) => api('GET', `/api/resource/${encodeURIComponent(doctype)}`, { query }).then((json) => json.data);

/** An element with attributes (on* never: handlers are added with addEventListener) and children; strings become text nodes. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === false || value === null || value === undefined) {
      return;
    }
    node.setAttribute(name, value === true ? '' : String(value));
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

export const $ = (id) => document.getElementById(id);

/** A form control's value, trimmed (by name: a control named like a form property, say action, would shadow it). */
export const value = (form, name) => form.elements.namedItem(name).value.trim();

/** Tells the user what happened: politely for news, as an alert for errors. */
export function notify(message, isError = false) {
  const notice = $('notice');
  notice.textContent = message;
  notice.className = isError ? 'notice error' : 'notice';
  notice.setAttribute('role', isError ? 'alert' : 'status');
  notice.hidden = false;
}

/** Runs a user action: disables its button meanwhile and reports a failure instead of throwing. */
export async function act(button, action) {
  button.disabled = true;
  try {
    return await action();
  } catch (error) {
    notify(error.message, true);
    return undefined;
  } finally {
    button.disabled = false;
  }
}

/** Runs {@code action} as {@link act} does (its submit button disabled meanwhile) when the form is submitted with valid fields. */
export function onSubmit(form, action) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.reportValidity()) {
      act(form.querySelector('button[type=submit]'), action);
    }
  });
}

export function money(value, currency) {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'USD' }).format(value || 0);
  } catch (ignored) {
    return `${value} ${currency}`;
  }
}

export function dateTime(value) {
  return value ? `${value} UTC` : 'never';
}

/** A pager for a list read in pages of {@code size}: Previous / Next, told whether a next page exists. */
export function pager(container, size, load) {
  let start = 0;
  async function show(at) {
    start = at;
    const rows = await load(start, size + 1);
    const more = rows.length > size;
    const previous = el('button', { type: 'button', disabled: start === 0 }, 'Previous');
    const next = el('button', { type: 'button', disabled: !more }, 'Next');
    previous.addEventListener('click', () => show(Math.max(0, start - size)));
    next.addEventListener('click', () => show(start + size));
    const first = rows.length ? start + 1 : 0;
    const last = start + Math.min(rows.length, size);
    container.replaceChildren(previous, el('span', { class: 'muted' }, rows.length ? `${first}–${last}` : 'none'), next);
    return rows.slice(0, size);
  }
  return { show, reload: () => show(start) };
}

function signedOut(message) {
  localStorage.removeItem(CSRF_KEY);
  $('portal').hidden = true;
  $('account').hidden = true;
  $('sign-in').hidden = false;
  if (message) {
    notify(message, true);
  }
}

function account(user, start) {
  const signOut = el('button', { type: 'button', class: 'link' }, 'Sign out');
  signOut.addEventListener('click', () => act(signOut, async () => {
    await api('POST', '/api/method/logout', { body: {} });
    signedOut();
    notify('You are signed out.');
  }));
  $('account').replaceChildren(el('span', {}, user), signOut);
  $('account').hidden = false;
  $('sign-in').hidden = true;
  $('portal').hidden = false;
  return start();
}

/**
 * Starts a page: with a session (and its token) it shows the portal, for approved vendors only;
 * otherwise the sign-in form, which signs in and starts the page.
 *
 * @param start renders the page for the caller's approved Vendor Profiles (names, at least one)
 */
export async function boot(start) {
  const form = $('sign-in-form');
  onSubmit(form, async () => {
    const answer = await api('POST', '/api/method/login', { body: { usr: value(form, 'usr'), pwd: form.elements.namedItem('pwd').value } });
    localStorage.setItem(CSRF_KEY, answer.csrf_token);
    form.reset();
    $('notice').hidden = true;
    await enter();
  });

  async function enter() {
    const user = await method('frappe.auth.get_logged_user');
    const profiles = (await list('Vendor Profile', { fields: ['name', 'status'], limit_page_length: 100 }))
      .filter((profile) => profile.status === 'Approved').map((profile) => profile.name);
    if (!profiles.length) {
      await account(user, async () => {
        $('portal').hidden = true;
        notify('This portal is for vendors with an approved Vendor Profile. Yours is not approved yet, or you are not a vendor.', true);
      });
      return;
    }
    await account(user, () => start(profiles));
  }

  if (!localStorage.getItem(CSRF_KEY)) {
    signedOut();
    return;
  }
  try {
    await enter();
  } catch (error) {
    if (error.status !== 401) {
      notify(error.message, true);
    }
  }
}
