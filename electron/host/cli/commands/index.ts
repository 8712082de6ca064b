import type { Command } from '../command';
import { importCommand } from './import';
import { ledgerCommands } from './ledger';
import { planCommand } from './plan';
import { queueCommands } from './queue';
import { sendCommand } from './send';
import { serveCommand } from './serve';
import { settingsCommands } from './settings';
import { templatesCommands } from './templates';

/** Every CLI command; a domain adds its list here. */
export const COMMANDS: Command[] = [...settingsCommands, ...ledgerCommands, ...templatesCommands, importCommand, planCommand, ...queueCommands, sendCommand, serveCommand];
