package com.medgrid.webhooks;

/** CDI event: an event or a replayed delivery entered the webhook outbox; after the commit the relay sends it at once. */
record WebhookWorkQueued() {
}
