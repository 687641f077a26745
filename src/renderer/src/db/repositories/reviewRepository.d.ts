import type { CellReview, MemberReview, ReviewYear } from '@renderer/domain/entities';
/** Yearly reviews of members and cells, and each year's state (profile used, finalised). */
export declare const reviewRepository: {
    memberReviews(year: number): Promise<MemberReview[]>;
    cellReviews(year: number): Promise<CellReview[]>;
    year(year: number): Promise<ReviewYear | undefined>;
    /** Writes many reviews in one transaction (demo data, import). */
    bulkSave(members: MemberReview[], cells?: CellReview[], years?: ReviewYear[]): Promise<void>;
};
