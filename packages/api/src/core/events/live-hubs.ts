/**
 * The live subscription hubs of one server process, as resolvers find them on the request
 * context. Empty here: each domain adds its hub by declaration merging
 * (`declare module '../core/events/live-hubs'`), so core names none; app/live-hubs.ts starts them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LiveHubs {}
