/** Every TypeORM entity; listed explicitly so nothing depends on file globs. */
export const ALL_ENTITIES: Function[] = [];
