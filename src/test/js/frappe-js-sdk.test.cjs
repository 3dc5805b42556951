// Drives MedGrid with the frappe-js-sdk exactly as an integrator would; run by it.FrappeJsSdkIT.
// Environment: MEDGRID_URL, MEDGRID_USER / MEDGRID_PASSWORD (a System Manager), MEDGRID_KEY / MEDGRID_SECRET (its key pair),
// MEDGRID_BEARER (an OAuth access token of that user, limited to catalog.read).
const assert = require('node:assert/strict');
const { FrappeApp } = require('frappe-js-sdk');

const url = process.env.MEDGRID_URL;
const tag = Date.now().toString(36).toUpperCase();
let step = 'start';

async function rejectsWith(promise, httpStatus, excType) {
  try {
    await promise;
  } catch (error) {
    assert.equal(error.httpStatus, httpStatus, JSON.stringify(error));
    assert.equal(error.exc_type, excType, JSON.stringify(error));
    return error;
  }
  assert.fail(`expected HTTP ${httpStatus} ${excType}`);
}

async function main() {
  step = 'login';
  const guest = new FrappeApp(url);
  const login = await guest.auth().loginWithUsernamePassword({ username: process.env.MEDGRID_USER, password: process.env.MEDGRID_PASSWORD });
  assert.equal(login.message, 'Logged In');
  await rejectsWith(guest.auth().loginWithUsernamePassword({ username: process.env.MEDGRID_USER, password: 'wrong' }), 401, 'AuthenticationError');

  const app = new FrappeApp(url, { useToken: true, type: 'token', token: () => `${process.env.MEDGRID_KEY}:${process.env.MEDGRID_SECRET}` });
  const db = app.db();
  const call = app.call();

  step = 'createDoc';
  const codes = ['A', 'B', 'C'].map((suffix) => `SDK-${tag}-${suffix}`);
  for (const code of codes) {
    const item = await db.createDoc('Item', { item_code: code, item_name: `SDK item ${code}`, stock_uom: 'Box' });
    assert.equal(item.name, code);
  }

  step = 'getDocList';
  const mine = [['item_code', 'like', `SDK-${tag}-%`]];
  const firstPage = await db.getDocList('Item', { fields: ['name', 'item_name'], filters: mine, orderBy: { field: 'item_code', order: 'desc' }, limit: 2 });
  assert.deepEqual(firstPage.map((row) => row.name), [codes[2], codes[1]]);
  const secondPage = await db.getDocList('Item', { fields: ['name'], filters: mine, orderBy: { field: 'item_code', order: 'desc' }, limit: 2, limit_start: 2 });
  assert.deepEqual(secondPage.map((row) => row.name), [codes[0]]);

  step = 'getCount';
  assert.equal(await db.getCount('Item', mine), 3);

  step = 'getDoc / updateDoc';
  assert.equal((await db.getDoc('Item', codes[0])).item_name, `SDK item ${codes[0]}`);
  assert.equal((await db.updateDoc('Item', codes[0], { item_name: 'Renamed by the SDK' })).item_name, 'Renamed by the SDK');

  step = 'getValue / setValue';
  assert.deepEqual((await db.getValue('Item', 'item_name', [['name', '=', codes[0]]])).message, { item_name: 'Renamed by the SDK' });
  assert.deepEqual((await db.getValue('Item', ['item_name', 'stock_uom'], { item_code: codes[1] })).message,
    { item_name: `SDK item ${codes[1]}`, stock_uom: 'Box' });
  assert.equal((await db.setValue('Item', codes[1], 'description', 'Set by the SDK')).message.description, 'Set by the SDK');
  assert.equal((await db.setValue('Item', codes[1], { item_name: 'Both', description: 'At once' })).message.item_name, 'Both');

  step = 'deleteDoc';
  await db.deleteDoc('Item', codes[2]);
  assert.equal(await db.getCount('Item', mine), 2);

  step = 'submit / cancel';
  const [bin] = await db.getDocList('Bin', { fields: ['item_code', 'warehouse'], filters: [['actual_qty', '>', 5], ['warehouse', 'like', 'ShipStation%']], limit: 1 });
  assert.ok(bin, 'a demo bin with stock');
  const draft = await db.createDoc('Sales Order', { customer: 'Bayside Wellness Clinic', items: [{ item_code: bin.item_code, qty: 1, warehouse: bin.warehouse }] });
  assert.equal(draft.docstatus, 0);
  const submitted = await db.submit({ doctype: 'Sales Order', name: draft.name });
  assert.equal(submitted.docstatus, 1);
  assert.equal(submitted.status, 'To Deliver');
  const cancelled = await db.cancel('Sales Order', draft.name);
  assert.equal(cancelled.message.docstatus, 2);
  assert.equal(cancelled.message.status, 'Cancelled');
  await rejectsWith(db.cancel('Sales Order', draft.name), 417, 'ValidationError');

  step = 'call';
  assert.equal((await call.get('ping')).message, 'pong');
  const counted = await call.post('frappe.client.get_count', { doctype: 'Item', filters: mine });
  assert.equal(counted.message, 2);

  step = 'errors';
  await rejectsWith(db.getDoc('Item', `SDK-${tag}-NONE`), 404, 'DoesNotExistError');
  await rejectsWith(db.createDoc('Item', { item_name: 'No code' }), 417, 'ValidationError');
  await rejectsWith(db.getDocList('No Such DocType'), 404, 'DoesNotExistError');
  await rejectsWith(db.renameDoc('Item', codes[0], `${codes[0]}-NEW`), 417, 'ValidationError');
  const anonymous = new FrappeApp(url).db();
  await rejectsWith(anonymous.getDocList('Item'), 401, 'AuthenticationError');

  step = 'OAuth bearer token';
  const oauth = new FrappeApp(url, { useToken: true, type: 'Bearer', token: () => process.env.MEDGRID_BEARER }).db();
  assert.deepEqual((await oauth.getDocList('Item', { fields: ['name'], filters: [['name', '=', codes[1]]] })).map((row) => row.name), [codes[1]]);
  await rejectsWith(oauth.createDoc('Item', { item_code: `SDK-${tag}-OAUTH`, item_name: 'Out of scope', stock_uom: 'Box' }), 403, 'PermissionError');

  console.log(`frappe-js-sdk: every step passed (${tag})`);
}

main().catch((error) => {
  console.error(`frappe-js-sdk failed at step "${step}":`, error && error.stack ? error.stack : JSON.stringify(error));
  process.exit(1);
});
