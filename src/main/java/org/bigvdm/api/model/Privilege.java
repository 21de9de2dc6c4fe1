package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a user (or one of their API keys, {@code apiKeyId}) may do on one account, group or
 * server, as {@code GET /users/{username}/privileges} lists it. Only the target the level names is
 * set: {@code account_admin} carries {@code accountId}, {@code group_admin} {@code groupId},
 * {@code vm_admin} and {@code vm_console} {@code virtualMachineId}. The names beside the ids are
 * sent by some versions of the service only. Every field may be absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Privilege(
        Long id,
        Long accountId,
        Long groupId,
        Long virtualMachineId,
        Long apiKeyId,
        String username,
        String accountName,
        String groupName,
        String virtualMachineName,
        String level) {

    public static final String CLUSTER_ADMIN = "cluster_admin";
    public static final String ACCOUNT_ADMIN = "account_admin";
    public static final String GROUP_ADMIN = "group_admin";
    public static final String VM_ADMIN = "vm_admin";
    /** Console access only: may read a server and its discs but change nothing. */
    public static final String VM_CONSOLE = "vm_console";

    public static Privilege onAccount(long id, String username, String level, long accountId, String accountName) {
        return new Privilege(id, accountId, null, null, null, username, accountName, null, null, level);
    }

    public static Privilege onGroup(long id, String username, String level, long groupId, String groupName) {
        return new Privilege(id, null, groupId, null, null, username, null, groupName, null, level);
    }

    public static Privilege onServer(long id, String username, String level, long vmId, String vmName) {
        return new Privilege(id, null, null, vmId, null, username, null, null, vmName, level);
    }
}
