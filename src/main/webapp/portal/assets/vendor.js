// /portal/vendor: a vendor's day — dashboard figures, its orders (own lines, their shipments, marking the
// lines it ships itself as shipped), stock of its items with low-stock flags, and stock update requests.
import { $, act, api, boot, el, list, method, money, notify, onSubmit, pager, post, value } from './portal.js';

const PAGE = 20;
/** The route of lines no integration ships: MedGrid's own, or a vendor shipping its lines by hand. */
const MANUAL = 'manual';
let vendor;

function cell(...content) {
  return el('td', {}, ...content);
}

function numberCell(value) {
  return el('td', { class: 'num' }, value ?? '');
}

async function showFigures() {
  const dashboard = await method('medgrid.api.get_vendor_dashboard_data', { vendor });
  const figures = dashboard.sales.length ? dashboard.sales : [{ currency: 'USD', mtd_total: 0, mtd_orders: 0, last_30_days_total: 0, last_30_days_orders: 0 }];
  const cards = figures.flatMap((sales) => [
    figure('Sales this month', money(sales.mtd_total, sales.currency), orderCount(sales.mtd_orders)),
    figure('Last 30 days', money(sales.last_30_days_total, sales.currency), orderCount(sales.last_30_days_orders)),
  ]);
  cards.push(figure('Low stock', String(dashboard.low_stock.length), 'item × warehouse below reorder level'));
  cards.push(figure('Open stock requests', String(dashboard.open_stock_requests.length), 'awaiting review'));
  const failing = dashboard.integrations.filter((integration) => integration.last_error);
  cards.push(figure('Integrations', `${dashboard.integrations.filter((i) => i.connected).length} connected`,
    failing.length ? `${failing.length} with errors` : 'no errors'));
  $('figures').replaceChildren(...cards);
}

const orderCount = (count) => (count === 1 ? '1 order' : `${count} orders`);

function figure(label, value, detail) {
  return el('div', { class: 'figure card' }, el('span', { class: 'label' }, label), el('strong', {}, value), el('span', { class: 'muted' }, detail));
}

const orders = pager($('orders-pager'), PAGE, async (start, length) => {
  const rows = await list('Sales Order', {
    fields: ['name', 'transaction_date', 'customer', 'status', 'grand_total', 'currency'],
    order_by: 'creation desc', limit_start: start, limit_page_length: length,
  });
  const shown = rows.slice(0, PAGE);
  $('orders').tBodies[0].replaceChildren(...shown.map((order) => {
    const open = el('button', { type: 'button', class: 'link' }, order.name);
    open.addEventListener('click', () => act(open, () => showOrder(order.name)));
    return el('tr', {}, el('th', { scope: 'row' }, open), cell(order.transaction_date), cell(order.customer), cell(order.status),
      numberCell(money(order.grand_total, order.currency)));
  }));
  if (!shown.length) {
    $('orders').tBodies[0].replaceChildren(el('tr', {}, el('td', { colspan: 5 }, 'No orders with your lines yet.')));
  }
  return rows;
});

/** The order's own lines, each with the shipment that carries it; the lines it ships itself can be marked shipped. */
async function showOrder(name) {
  const [order, shipping] = await Promise.all([
    api('GET', `/api/resource/Sales Order/${encodeURIComponent(name)}`).then((json) => json.data),
    method('medgrid.fulfillment_router.aggregate_shipments', { sales_order: name }),
  ]);
  const shipmentOf = new Map();
  shipping.shipments.forEach((shipment) => shipment.lines.forEach((line) => shipmentOf.set(line, shipment)));
  const detail = $('order-detail');
  const rows = order.items.map((line) => {
    const shipment = shipmentOf.get(line.name);
    return el('tr', {}, el('th', { scope: 'row' }, `${line.item_code} `, el('span', { class: 'muted' }, line.item_name)),
      numberCell(line.qty), cell(line.warehouse),
      cell(shipment ? `${shipment.vendor_label}: ${shipment.status}` : 'Not routed yet'),
      cell(shipment && shipment.tracking_number ? tracking(shipment) : ''));
  });
  const toShip = shipping.shipments.find((shipment) => shipment.vendor === MANUAL && !shipment.tracking_number);
  detail.replaceChildren(
    el('h3', {}, `${order.name} · ${order.customer}`),
    el('p', { class: 'muted' }, `${order.transaction_date} · ${order.status} · your total ${money(order.grand_total, order.currency)}`),
    el('div', { class: 'table-wrap' }, el('table', {},
      el('caption', { class: 'sr-only' }, `Your lines of ${order.name}`),
      el('thead', {}, el('tr', {}, ['Item', 'Qty', 'Warehouse', 'Status', 'Tracking'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows))),
    toShip && order.docstatus === 1 ? shipForm(order.name) : '');
  detail.hidden = false;
  detail.focus();
}

function tracking(shipment) {
  const text = `${shipment.carrier || ''} ${shipment.tracking_number}`.trim();
  return shipment.tracking_url && /^https:\/\//.test(shipment.tracking_url)
    ? el('a', { href: shipment.tracking_url, rel: 'noopener noreferrer', target: '_blank' }, text) : text;
}

function shipForm(salesOrder) {
  const form = el('form', { class: 'form', novalidate: true },
    el('h4', {}, 'Mark your lines shipped'),
    el('label', { for: 'ship-tracking' }, 'Tracking number'), el('input', { id: 'ship-tracking', name: 'lr_no', required: true, autocomplete: 'off' }),
    el('label', { for: 'ship-carrier' }, 'Carrier'), el('input', { id: 'ship-carrier', name: 'transporter', required: true, list: 'carriers' }),
    el('datalist', { id: 'carriers' }, ['UPS', 'USPS', 'FedEx', 'DHL'].map((carrier) => el('option', { value: carrier }))),
    el('button', { type: 'submit' }, 'Mark shipped'));
  onSubmit(form, async () => {
    const note = await api('POST', '/api/resource/Delivery Note', {
      body: { sales_order: salesOrder, lr_no: value(form, 'lr_no'), transporter: value(form, 'transporter') },
    });
    notify(`${salesOrder} is marked shipped (Delivery Note ${note.data.name}).`);
    await showOrder(salesOrder);
  });
  return form;
}

let stockQuery = '';
const stock = pager($('stock-pager'), PAGE, async (start, length) => {
  const filters = [['default_supplier', '=', vendor]];
  const items = await list('Item', {
    fields: ['item_code', 'item_name', 'reorder_level'], filters,
    or_filters: stockQuery ? [['item_code', 'like', `%${stockQuery}%`], ['item_name', 'like', `%${stockQuery}%`]] : undefined,
    order_by: 'item_code asc', limit_start: start, limit_page_length: length,
  });
  const shown = items.slice(0, PAGE);
  $('vendor-items').replaceChildren(...shown.map((item) => el('option', { value: item.item_code }, item.item_name)));
  const bins = shown.length ? await list('Bin', {
    fields: ['item_code', 'warehouse', 'actual_qty', 'reserved_qty'], filters: [['item_code', 'in', shown.map((item) => item.item_code)]],
    order_by: 'item_code asc', limit_page_length: 500,
  }) : [];
  const rows = shown.flatMap((item) => {
    const ofItem = bins.filter((bin) => bin.item_code === item.item_code);
    return (ofItem.length ? ofItem : [{ warehouse: '—', actual_qty: 0, reserved_qty: 0 }]).map((bin) => {
      const available = bin.actual_qty - bin.reserved_qty;
      const low = item.reorder_level > 0 && available < item.reorder_level;
      return el('tr', { class: low ? 'low' : false }, el('th', { scope: 'row' }, `${item.item_code} `, el('span', { class: 'muted' }, item.item_name)),
        cell(bin.warehouse), numberCell(bin.actual_qty), numberCell(bin.reserved_qty), numberCell(available),
        numberCell(item.reorder_level || ''), cell(low ? el('span', { class: 'flag' }, 'Low stock') : ''));
    });
  });
  $('stock').tBodies[0].replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 7 }, 'No items found.'))]));
  return items;
});

const requests = pager($('requests-pager'), PAGE, async (start, length) => {
  const rows = await list('Stock Update Request', {
    fields: ['name', 'item', 'warehouse', 'action', 'quantity', 'status', 'reason', 'rejection_reason'],
    filters: [['vendor', '=', vendor]], order_by: 'creation desc', limit_start: start, limit_page_length: length,
  });
  const shown = rows.slice(0, PAGE);
  $('requests').tBodies[0].replaceChildren(...(shown.length ? shown.map((request) => el('tr', {},
    el('th', { scope: 'row' }, request.name), cell(request.item), cell(request.warehouse), cell(`${request.action} ${request.quantity}`),
    cell(el('span', { class: `state ${request.status.toLowerCase()}` }, request.status)),
    cell(request.rejection_reason || request.reason))) : [el('tr', {}, el('td', { colspan: 6 }, 'No requests yet.'))]));
  return rows;
});

function requestForm() {
  const form = $('request-form');
  onSubmit(form, async () => {
    const created = await post('medgrid.api.create_stock_update_request', {
      item: value(form, 'item'), warehouse: value(form, 'warehouse'), action: value(form, 'action'),
      quantity: Number(value(form, 'quantity')), reason: value(form, 'reason'),
    });
    notify(`Stock update request ${created.name} sent: a marketplace officer reviews it.`);
    form.reset();
    await Promise.all([requests.show(0), showFigures()]);
  });
}

async function warehouses() {
  const rows = await list('Warehouse', { fields: ['name'], order_by: 'name asc', limit_page_length: 500 });
  $('req-warehouse').replaceChildren(el('option', { value: '' }, 'Choose a warehouse'),
    ...rows.map((row) => el('option', { value: row.name }, row.name)));
}

async function showVendor(name) {
  vendor = name;
  $('vendor-title').textContent = `${name} · vendor dashboard`;
  $('order-detail').hidden = true;
  await Promise.all([showFigures(), orders.show(0), stock.show(0), requests.show(0)]);
}

// The forms are wired once; signing in again only shows another vendor's data.
$('vendor-select').addEventListener('change', () => showVendor($('vendor-select').value).catch((error) => notify(error.message, true)));
onSubmit($('stock-search'), () => {
  stockQuery = $('stock-query').value.trim();
  return stock.show(0);
});
requestForm();

boot(async (profiles) => {
  $('vendor-select').replaceChildren(...profiles.map((profile) => el('option', { value: profile }, profile)));
  $('vendor-choice').hidden = profiles.length < 2;
  await Promise.all([warehouses(), showVendor(profiles[0])]);
});
