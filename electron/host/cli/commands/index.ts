import type { Command } from '../command';
import { importCommand } from './import';
import { ledgerCommands } from './ledger';
import { planCommand } from './plan';
import { serveCommand } from './serve';
import { settingsCommands } from './settings';

/** Every CLI command; a domain adds its list here. */
export const COMMANDS: Command[] = [...settingsCommands, ...ledgerCommands, importCommand, planCommand, serveCommand];
