/** `/public/confirm-payment/ABC123` → `/public/confirm-payment/******` for logs. */
export function maskPathTokens(url: string | undefined): string | undefined {
  return url?.replace(/(\/public\/confirm-payment\/)[^/?#]+/i, (_match, prefix: string) => `${prefix}******`);
}
