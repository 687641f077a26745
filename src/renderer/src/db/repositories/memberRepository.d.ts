import type { Member, MemberEvent } from '@renderer/domain/entities';
/** Members and their life events. Status is always re-derived from events when either changes. */
export declare const memberRepository: {
    list(): Promise<Member[]>;
    listActive(): Promise<Member[]>;
    byCell(cellId: string): Promise<Member[]>;
    get(id: string): Promise<Member | undefined>;
    events(memberId: string): Promise<MemberEvent[]>;
    allEvents(): Promise<MemberEvent[]>;
    /** Saves a member (new or edited) with derived fields; a status change is written to the audit log. */
    save(member: Member): Promise<Member>;
    /** Adds a life event and re-derives the member's state, in one transaction. */
    addEvent(event: MemberEvent): Promise<Member>;
    /** Writes many members with their events in one transaction (import, demo data). */
    bulkSave(members: Member[], events?: MemberEvent[]): Promise<void>;
};
