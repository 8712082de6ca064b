// A typed view of the CFB (OLE compound file) utility bundled in SheetJS, which types it `any`.
import * as XLSX from 'xlsx';

export interface CfbEntry {
  name: string;
  type: number;
  content?: Uint8Array | number[];
}
export interface CfbContainer {
  FullPaths: string[];
  FileIndex: CfbEntry[];
}
interface CfbApi {
  read(data: Uint8Array, opts: { type: 'buffer' }): CfbContainer;
  write(cfb: CfbContainer, opts: { type: 'buffer' }): Uint8Array;
  utils: {
    cfb_new(): CfbContainer;
    cfb_add(cfb: CfbContainer, name: string, content: Uint8Array): void;
  };
}

export const CFB: CfbApi = XLSX.CFB;
