export function electronBinary(root: string): string | null;
export function tryInstallElectron(root: string, timeoutMs?: number): Promise<boolean>;
