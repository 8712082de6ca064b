import type { Command } from '../command';
import { ledgerCommands } from './ledger';
import { queueCommands } from './queue';
import { serveCommand } from './serve';
import { settingsCommands } from './settings';

/** Every CLI command; a domain adds its list here. */
export const COMMANDS: Command[] = [...settingsCommands, ...ledgerCommands, ...queueCommands, serveCommand];
