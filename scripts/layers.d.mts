/** One layer of src/: its name and the folders (or root files) in it. */
export declare const LAYERS: ReadonlyArray<{ name: string; folders: readonly string[] }>;
/** Upward imports tolerated for now (debt), with the reason. */
export declare const ALLOWED_UPWARD: ReadonlyArray<{ file: string; import: string; why: string }>;
