/**
 * A delivery that can never succeed as it is (unknown project, bad metadata):
 * stored FAILED with the reason and answered 2xx, so the provider stops retrying;
 * an admin can replay it once the cause is fixed.
 */
export class PermanentWebhookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentWebhookError';
  }
}
