/** How the template and the diagnostics name the three tables (`表二` for `t2`). */
export const TABLE_NAMES = { t2: '表二', t3: '表三', t4: '表四' } as const;

/** A table key. */
export type TableKey = keyof typeof TABLE_NAMES;
