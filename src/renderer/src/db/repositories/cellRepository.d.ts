import type { Cell } from '@renderer/domain/entities';
export declare const cellRepository: {
    list(): Promise<Cell[]>;
    get(id: string): Promise<Cell | undefined>;
    save(cell: Cell): Promise<Cell>;
    bulkSave(cells: Cell[]): Promise<void>;
};
