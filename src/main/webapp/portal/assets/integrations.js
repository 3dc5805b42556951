// /portal/integrations: one card per integration from list_connections (status, last sync, last error,
// stats; never credentials), with Connect, Test, Sync now and Disconnect.
import { $, act, boot, dateTime, el, method, notify, onSubmit, post, value } from './portal.js';

/** Credential keys typed as passwords: what must not stay on screen or in the browser's autofill as plain text. */
const SECRET = /secret|token|password/;

const OUTCOMES = {
  connected: 'Your Shopify store is connected.',
  denied: 'Shopify did not confirm the install (the link expired or was used already): connect the store again.',
  failed: 'Shopify granted access, but the store could not be connected: try again, or ask MedGrid support.',
};

function label(key) {
  return key.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase()).replace(/\bapi\b/i, 'API');
}

async function showCards() {
  const answer = await method('medgrid.integrations.list_connections');
  $('cards').replaceChildren(...answer.integrations.map(card));
}

function card(integration) {
  const connected = integration.status === 'connected';
  const stats = Object.entries(integration.stats || {});
  const body = el('article', { class: 'card integration', 'aria-labelledby': `title-${integration.id}`, 'data-integration': integration.id },
    el('h2', { id: `title-${integration.id}` }, integration.label, ' ',
      el('span', { class: `state ${connected ? 'connected' : 'disconnected'}` }, connected ? 'Connected' : label(integration.status || 'not connected'))),
    el('p', { class: 'muted' }, integration.tagline),
    el('dl', {},
      el('dt', {}, 'Last sync'), el('dd', {}, dateTime(integration.last_sync_at)),
      el('dt', {}, 'Last error'), el('dd', { class: integration.last_error ? 'error-text' : '' }, integration.last_error || 'none'),
      stats.flatMap(([key, count]) => [el('dt', {}, label(key)), el('dd', {}, String(count))])),
    el('div', { class: 'result', role: 'status', 'aria-live': 'polite' }));
  body.append(connected ? actions(integration, body) : connectForm(integration));
  return body;
}

function actions(integration, card) {
  const result = card.querySelector('.result');
  const test = el('button', { type: 'button' }, 'Test');
  const sync = el('button', { type: 'button' }, 'Sync now');
  const disconnect = el('button', { type: 'button', class: 'danger' }, 'Disconnect');
  test.addEventListener('click', () => act(test, async () => {
    result.textContent = 'Testing…';
    const answer = await post('medgrid.integrations.test_connection', { integration_type: integration.id });
    result.textContent = answer.ok ? `${integration.label} answered: the credentials work.` : `${integration.label} refused: ${answer.error}`;
  }));
  sync.addEventListener('click', () => act(sync, async () => {
    const progress = el('progress', { 'aria-label': `Syncing ${integration.label}` });
    result.replaceChildren(progress, ' Syncing…');
    card.setAttribute('aria-busy', 'true');
    try {
      const answer = await post('medgrid.integrations.sync_now', { integration_type: integration.id });
      await showCards();
      const counts = Object.entries(answer.stats || {}).filter(([, count]) => typeof count === 'number')
        .map(([key, count]) => `${label(key)}: ${count}`).join(', ');
      const errors = Object.entries(answer.stats || {}).filter(([, list]) => Array.isArray(list)).flatMap(([, list]) => list);
      notify(`${integration.label} synced. ${counts}${errors.length ? `. Errors: ${errors.join('; ')}` : ''}`, errors.length > 0);
    } finally {
      card.removeAttribute('aria-busy');
    }
  }));
  disconnect.addEventListener('click', () => {
    const dialog = confirmDialog(`Disconnect ${integration.label}? Its stored credentials are deleted; orders for it wait until you connect again.`,
      'Disconnect', async () => {
        await post('medgrid.integrations.disconnect', { integration_type: integration.id });
        notify(`${integration.label} is disconnected.`);
        await showCards();
      });
    card.append(dialog);
    dialog.showModal();
  });
  return el('div', { class: 'actions' }, test, sync, disconnect);
}

function confirmDialog(question, confirmLabel, confirmed) {
  const yes = el('button', { type: 'button', class: 'danger' }, confirmLabel);
  const no = el('button', { type: 'button' }, 'Cancel');
  const dialog = el('dialog', { 'aria-label': question }, el('p', {}, question), el('div', { class: 'actions' }, yes, no));
  no.addEventListener('click', () => dialog.close());
  yes.addEventListener('click', () => act(yes, async () => {
    await confirmed();
    dialog.close();
  }));
  dialog.addEventListener('close', () => dialog.remove());
  return dialog;
}

/**
 * Connecting: an OAuth integration sends the browser to the store to approve MedGrid's app (it comes back
 * to this page with ?shopify=…); the others take their credential keys here, checked before they are saved.
 */
function connectForm(integration) {
  const oauth = integration.auth_kind === 'oauth';
  const keys = oauth ? integration.credential_keys.slice(0, 1) : integration.credential_keys;
  const inputs = keys.flatMap((key) => {
    const id = `${integration.id}-${key}`;
    return [el('label', { for: id }, label(key)),
      el('input', { id, name: key, required: true, autocomplete: 'off', type: SECRET.test(key) ? 'password' : 'text',
        placeholder: key === 'shop_domain' ? 'your-store.myshopify.com' : false })];
  });
  const form = el('form', { class: 'form', novalidate: true }, inputs,
    el('button', { type: 'submit' }, oauth ? `Connect ${integration.label} store` : `Connect ${integration.label}`));
  onSubmit(form, async () => {
    const credentials = Object.fromEntries(keys.map((key) => [key, value(form, key)]));
    if (oauth) {
      const started = await post(`medgrid.integrations.${integration.id}_start_install`, credentials);
      window.location.assign(started.authorize_url);
      return;
    }
    const answer = await post('medgrid.integrations.connect', { integration_type: integration.id, ...credentials });
    if (!answer.ok) {
      notify(`${integration.label} refused the credentials: ${answer.error}`, true);
      return;
    }
    notify(`${integration.label} is connected.`);
    await showCards();
  });
  return form;
}

boot(async () => {
  const outcome = new URLSearchParams(window.location.search).get('shopify');
  if (outcome && OUTCOMES[outcome]) {
    notify(OUTCOMES[outcome], outcome !== 'connected');
  }
  await showCards();
});
