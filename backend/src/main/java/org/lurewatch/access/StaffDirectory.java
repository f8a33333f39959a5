package org.lurewatch.access;

/**
 * Who is on the staff, for modules that hand work to a named colleague (triage's {@code assignTip}).
 * Tells only whether an enabled member with a usable password holds a role: nothing else about
 * accounts leaves this module.
 */
public interface StaffDirectory {

    /**
     * @param field named in the error
     * @return the user name as stored (lower case)
     * @throws org.lurewatch.common.UserInputException when no enabled member of that name holds the
     *         role now (unknown, disabled, still on a one-time password, or without the role: one
     *         answer for all, naming the field)
     */
    String requireMemberWithRole(String username, StaffRole role, String field);
}
