import type { z } from 'zod';
import { mergeContracts, type MethodSpec } from './contract/define';
import { autopilotContract } from './contract/autopilot';
import { importContract } from './contract/import';
import { ledgerContract } from './contract/ledger';
import { ledgersContract } from './contract/ledgers';
import { planContract } from './contract/plan';
import { queueContract } from './contract/queue';
import { settingsContract } from './contract/settings';
import { templatesContract } from './contract/templates';

export type { ErrorInfo, Result } from './result';

/**
 * THE contract: every call a UI (or the CLI) can make, with zod schemas for input and output.
 * Domain contracts live in shared/contract/; adding a domain = one more argument here.
 */
export const contract = mergeContracts(ledgerContract, settingsContract, ledgersContract, planContract, templatesContract, queueContract, autopilotContract, importContract);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName =>
  Object.hasOwn(contract, name) && (contract as Record<string, MethodSpec>)[name] !== undefined;

/** What every host gives the renderer (window.duebell in Electron, fetch in the browser). */
export interface DuebellApi {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<import('./result').Result<Output<M>>>;
  /** Push events (progress, queue changes); returns an unsubscribe function. */
  on(listener: (event: AppEvent) => void): () => void;
}

export interface AppEvent {
  type: string;
  payload: unknown;
}
