// Types of system-packages.cjs, for the jest test that checks its plans.
export interface SystemPackage {
  readonly apt: string;
  readonly path: string;
  readonly why: string;
}

export interface AptCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

export type SystemPackagePlan =
  | { readonly kind: 'ready'; readonly missing: readonly SystemPackage[] }
  | { readonly kind: 'install'; readonly missing: readonly SystemPackage[]; readonly reasons: readonly string[]; readonly commands: readonly AptCommand[] }
  | { readonly kind: 'tell'; readonly missing: readonly SystemPackage[]; readonly reasons: readonly string[]; readonly message: string };

export declare const SYSTEM_PACKAGES: readonly SystemPackage[];

export declare function planSystemPackages(options: {
  readonly exists: (path: string) => boolean;
  readonly isRoot: boolean;
  readonly packages?: readonly SystemPackage[];
}): SystemPackagePlan;
