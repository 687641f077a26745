import type { OrganizationSettings } from '@renderer/domain/entities';
import { type SettingsForm } from '@renderer/domain/settings';
/** The organization's names, loaded once and shared by every page and export. */
export declare const useSettingsStore: import("pinia").StoreDefinition<"settings", Pick<{
    settings: import("vue").Ref<{
        id: "organization";
        superiorName: string;
        issuingBody: string;
        placeName: string;
        documentNumberSuffix: string;
        signerRole: string;
        signerTitle: string;
        signerName: string;
        clerkName: string;
        updatedAt: import("@renderer/domain/entities").IsoDateTime;
    } | null, OrganizationSettings | {
        id: "organization";
        superiorName: string;
        issuingBody: string;
        placeName: string;
        documentNumberSuffix: string;
        signerRole: string;
        signerTitle: string;
        signerName: string;
        clerkName: string;
        updatedAt: import("@renderer/domain/entities").IsoDateTime;
    } | null>;
    load: () => Promise<OrganizationSettings>;
    save: (form: SettingsForm) => Promise<OrganizationSettings>;
    ensureLoaded: () => Promise<OrganizationSettings>;
}, "settings">, Pick<{
    settings: import("vue").Ref<{
        id: "organization";
        superiorName: string;
        issuingBody: string;
        placeName: string;
        documentNumberSuffix: string;
        signerRole: string;
        signerTitle: string;
        signerName: string;
        clerkName: string;
        updatedAt: import("@renderer/domain/entities").IsoDateTime;
    } | null, OrganizationSettings | {
        id: "organization";
        superiorName: string;
        issuingBody: string;
        placeName: string;
        documentNumberSuffix: string;
        signerRole: string;
        signerTitle: string;
        signerName: string;
        clerkName: string;
        updatedAt: import("@renderer/domain/entities").IsoDateTime;
    } | null>;
    load: () => Promise<OrganizationSettings>;
    save: (form: SettingsForm) => Promise<OrganizationSettings>;
    ensureLoaded: () => Promise<OrganizationSettings>;
}, never>, Pick<{
    settings: import("vue").Ref<{
        id: "organization";
        superiorName: string;
        issuingBody: string;
        placeName: string;
        documentNumberSuffix: string;
        signerRole: string;
        signerTitle: string;
        signerName: string;
        clerkName: string;
        updatedAt: import("@renderer/domain/entities").IsoDateTime;
    } | null, OrganizationSettings | {
        id: "organization";
        superiorName: string;
        issuingBody: string;
        placeName: string;
        documentNumberSuffix: string;
        signerRole: string;
        signerTitle: string;
        signerName: string;
        clerkName: string;
        updatedAt: import("@renderer/domain/entities").IsoDateTime;
    } | null>;
    load: () => Promise<OrganizationSettings>;
    save: (form: SettingsForm) => Promise<OrganizationSettings>;
    ensureLoaded: () => Promise<OrganizationSettings>;
}, "load" | "save" | "ensureLoaded">>;
