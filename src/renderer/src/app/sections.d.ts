export interface Section {
    path: string;
    name: string;
    label: string;
    /** Element Plus icon name. */
    icon: string;
}
export declare const SECTIONS: Section[];
