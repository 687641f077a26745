import type { AttendanceMark, Meeting, MeetingTask } from '@renderer/domain/entities';
/** Meetings, their attendance marks and tasks. */
export declare const meetingRepository: {
    byCell(cellId: string): Promise<Meeting[]>;
    inPeriod(from: string, to: string): Promise<Meeting[]>;
    attendance(meetingId: string): Promise<AttendanceMark[]>;
    /** Writes many meetings with their marks and tasks in one transaction (demo data, import). */
    bulkSave(meetings: Meeting[], marks?: AttendanceMark[], tasks?: MeetingTask[]): Promise<void>;
};
