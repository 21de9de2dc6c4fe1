package org.bigvdm.ui.tree;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.EstateDerivation;
import org.bigvdm.service.EstateWords;
import org.bigvdm.service.IdentityLists;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.ui.common.EstateFilter;
import org.bigvdm.ui.common.SearchText;
import org.bigvdm.ui.common.SizeFormat;

/**
 * Turns the estate into the tree the user sees: accounts, groups, servers with a power state and
 * a "3/8 discs, 60 GiB" badge. Applies the filter ({@link EstateFilter}: servers by name or
 * hostname, or by one of their discs' label, id or grade, code or words; a selection it hides is cleared) and the
 * "Show deleted" switch. The selected node is kept by key, so a refresh never loses it.
 */
public final class ServerTreeViewModel {
    private final ObjectProperty<Estate> estate = new SimpleObjectProperty<>(Estate.EMPTY);
    private final StringProperty filter = new SimpleStringProperty("");
    /** The service's words for grades, so "Premium SSD" finds ssd discs; none until read. */
    private final ObjectProperty<Definitions> definitions = new SimpleObjectProperty<>();
    private final BooleanProperty showDeleted = new SimpleBooleanProperty(false);
    private final StringProperty selectedKey = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<List<TreeNode>> roots = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper shownServers = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<EstateFilter> activeFilter = new ReadOnlyObjectWrapper<>(EstateFilter.NONE);
    private final ReadOnlyObjectWrapper<TreeNode> allNode = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Set<Long>> onlyServers = new SimpleObjectProperty<>();
    /**
     * Server nodes of the current estate in tree order, so a filter keystroke does not format
     * 10,000 badges again; by position, as a map lookup per server cost more than the rest.
     */
    private TreeNode[] serverNodes = new TreeNode[0];
    private Estate nodesOf = Estate.EMPTY;
    private final ObservableMap<Long, String> serverMarks = FXCollections.observableHashMap();
    /** The account and group nodes shown now, by key: reused while their content and children stay. */
    private Map<String, TreeNode> shownParents = new HashMap<>();
    /** What the filter searches, lower-cased once per estate and grade words, not per keystroke. */
    private SearchText words;
    /**
     * The servers (by position in tree order) that do not match {@link #excludedNeedle}: a needle
     * that contains it (the next character typed) cannot match them either, so they are not searched.
     */
    private final BitSet excluded = new BitSet();
    private String excludedNeedle = "";

    /**
     * Every server's node in tree order, without marks: at 10,000 servers making them was half of
     * the UI thread's work when a first read lands, so the app has them made on the worker with
     * each read ({@link org.bigvdm.service.EstateService#deriveOnRead}); the tree takes them when done.
     */
    public static final EstateDerivation<TreeNode[]> SERVER_NODES = ServerTreeViewModel::allServerNodes;

    public ServerTreeViewModel(ObservableValue<Estate> source) {
        estate.bind(source);
        estate.addListener((o, a, b) -> {
            words = null;
            rebuild();
        });
        filter.addListener((o, a, b) -> rebuild());
        definitions.addListener((o, a, b) -> {
            words = null;
            rebuild();
        });
        showDeleted.addListener((o, a, b) -> rebuild());
        onlyServers.addListener((o, a, b) -> rebuild());
        serverMarks.addListener((MapChangeListener<Long, String>) change -> {
            forgetServerNode(change.getKey());
            rebuild();
        });
        rebuild();
    }

    /**
     * A few words shown after a server's badge and in its tooltip, by server id (say,
     * "restart pending"): other features put them here, the tree only shows them.
     */
    public ObservableMap<Long, String> serverMarks() {
        return serverMarks;
    }

    public ObjectProperty<Definitions> definitionsProperty() {
        return definitions;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showDeletedProperty() {
        return showDeleted;
    }

    /** The key of the node the user selected (see {@link NodeKeys}), or null. */
    public StringProperty selectedKeyProperty() {
        return selectedKey;
    }

    public ReadOnlyObjectProperty<List<TreeNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public List<TreeNode> roots() {
        return roots.get();
    }

    /** How many servers the tree shows now, for "No servers match" states. */
    public ReadOnlyIntegerProperty shownServersProperty() {
        return shownServers.getReadOnlyProperty();
    }

    /** The "All accounts" node above the accounts (its children are {@link #roots()}). */
    public ReadOnlyObjectProperty<TreeNode> allNodeProperty() {
        return allNode.getReadOnlyProperty();
    }

    /**
     * When set, only these servers are shown (deleted ones too): what a figure of the overview
     * counts. Null shows every server.
     */
    public ObjectProperty<Set<Long>> onlyServersProperty() {
        return onlyServers;
    }

    public boolean filtering() {
        return activeFilter.get().isActive() || onlyServers.get() != null;
    }

    /** The filter as it applies now; the disc table lists only matching discs of a group. */
    public ReadOnlyObjectProperty<EstateFilter> activeFilterProperty() {
        return activeFilter.getReadOnlyProperty();
    }

    /** Enter in the filter: selects the first server shown, if any. */
    public void selectFirstMatch() {
        firstServer(roots.get()).ifPresent(selectedKey::set);
    }

    private static Optional<String> firstServer(List<TreeNode> nodes) {
        for (TreeNode node : nodes) {
            if (node.kind() == TreeNode.Kind.SERVER) {
                return Optional.of(node.key());
            }
            Optional<String> deeper = firstServer(node.children());
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private void forgetServerNode(long vmId) {
        int i = 0;
        for (Account a : estate.get().accounts()) {
            for (Group g : a.groups()) {
                for (VirtualMachine vm : g.virtualMachines()) {
                    if (vm.id() == vmId && i < serverNodes.length) {
                        serverNodes[i] = null;
                    }
                    i++;
                }
            }
        }
    }

    private void rebuild() {
        if (words == null) {
            Definitions defs = definitions.get();
            words = new SearchText(defs == null ? null : defs.storageGradeDescriptions(), estate.get().words());
            excluded.clear();
            excludedNeedle = "";
        }
        if (nodesOf != estate.get()) {
            Estate before = nodesOf;
            nodesOf = estate.get();
            serverNodes = carried(before.words(), serverNodes, nodesOf.words());
        }
        EstateFilter match = new EstateFilter(filter.get(), words);
        String needle = match.needle();
        boolean narrowing = !excludedNeedle.isEmpty() && needle.contains(excludedNeedle);
        if (!narrowing) {
            excluded.clear();
        }
        excludedNeedle = needle;
        int index = 0;
        String selected = selectedKey.get();
        boolean selectedShown = selected == null || NodeKeys.ALL.equals(selected);
        boolean deleted = showDeleted.get();
        List<TreeNode> accounts = new ArrayList<>();
        int servers = 0;
        Set<Long> only = onlyServers.get();
        Map<String, TreeNode> before = shownParents;
        shownParents = new HashMap<>();
        TreeNode[] made = nodesOf.derivedIfDone(SERVER_NODES);
        for (Account a : estate.get().accounts()) {
            List<TreeNode> groups = new ArrayList<>();
            for (Group g : a.groups()) {
                List<TreeNode> vms = new ArrayList<>();
                for (VirtualMachine vm : g.virtualMachines()) {
                    int i = index++;
                    if (only != null ? !only.contains(vm.id()) : (vm.deleted() && !deleted) || !matches(match, i, vm)) {
                        continue;
                    }
                    TreeNode node = serverNodes[i];
                    if (node == null) {
                        node = marked(made != null ? made[i] : serverNode(a, g, vm), serverMarks.get(vm.id()));
                        serverNodes[i] = node;
                    }
                    vms.add(node);
                    selectedShown = selectedShown || selected.equals(node.key());
                }
                servers += vms.size();
                if ((needle.isEmpty() && only == null) || !vms.isEmpty()) {
                    TreeNode group = kept(before, new TreeNode(NodeKeys.group(a.id(), g.id()), TreeNode.Kind.GROUP,
                            g.name(), count(vms.size()), "Group " + g.name() + " in " + a.name(), TreeNode.Power.NONE,
                            vms));
                    selectedShown = selectedShown || selected.equals(group.key());
                    groups.add(group);
                }
            }
            if ((needle.isEmpty() && only == null) || !groups.isEmpty()) {
                String tip = a.suspended() ? "Account " + a.name() + " (suspended)" : "Account " + a.name();
                TreeNode account = kept(before, new TreeNode(NodeKeys.account(a.id()), TreeNode.Kind.ACCOUNT,
                        a.name(), a.suspended() ? "suspended" : "", tip, TreeNode.Power.NONE, groups));
                selectedShown = selectedShown || selected.equals(account.key());
                accounts.add(account);
            }
        }
        shownServers.set(servers);
        activeFilter.set(match);
        roots.set(List.copyOf(accounts));
        // a selection the filter hides is let go, so the table and the actions follow what is seen
        if (match.isActive() && !selectedShown) {
            selectedKey.set(null);
        }
        int accountCount = estate.get().accounts().size();
        TreeNode all = new TreeNode(NodeKeys.ALL, TreeNode.Kind.ACCOUNT, "All accounts",
                accountCount == 1 ? "1 account" : accountCount + " accounts",
                "Every account: the overview of all your storage", TreeNode.Power.NONE, List.of());
        if (!all.sameContent(allNode.get())) {
            allNode.set(all);
        }
    }

    /**
     * The nodes {@code made} for the servers of {@code before} that {@code now} shares (the same
     * object: see {@link Estate#read}) at their places in {@code now}; null for the others. So a
     * refresh formats only the servers that changed. By position first, as servers rarely move;
     * by object when one was added or taken away before them.
     */
    private static TreeNode[] carried(EstateWords before, TreeNode[] made, EstateWords now) {
        TreeNode[] nodes = new TreeNode[now.size()];
        Map<VirtualMachine, TreeNode> byServer = null;
        for (int i = 0; i < nodes.length; i++) {
            VirtualMachine vm = now.server(i);
            if (i < made.length && before.server(i) == vm) {
                nodes[i] = made[i];
                continue;
            }
            if (byServer == null) {
                byServer = new IdentityHashMap<>(made.length);
                for (int j = 0; j < made.length; j++) {
                    if (made[j] != null) {
                        byServer.put(before.server(j), made[j]);
                    }
                }
            }
            nodes[i] = byServer.get(vm);
        }
        return nodes;
    }

    /** Tells and remembers whether the {@code index}th server matches; one excluded before cannot. */
    private boolean matches(EstateFilter match, int index, VirtualMachine vm) {
        if (!match.isActive()) {
            return true;
        }
        if (excluded.get(index)) {
            return false;
        }
        if (match.matchesServer(index, vm)) {
            return true;
        }
        excluded.set(index);
        return false;
    }

    /**
     * The node shown last time for this account or group when nothing in it changed, so the View
     * can tell by identity which parts of the tree a keystroke left alone.
     */
    private TreeNode kept(Map<String, TreeNode> before, TreeNode made) {
        TreeNode last = before.get(made.key());
        TreeNode node = last != null && last.sameContent(made) && IdentityLists.same(last.children(), made.children())
                ? last : made;
        shownParents.put(node.key(), node);
        return node;
    }

    private static String count(int servers) {
        return servers == 1 ? "1 server" : servers + " servers";
    }

    private static TreeNode marked(TreeNode node, String mark) {
        return mark == null ? node : new TreeNode(node.key(), node.kind(), node.title(), node.badge() + " · " + mark,
                node.tooltip() + "\n" + mark, node.power(), node.children());
    }

    private static TreeNode[] allServerNodes(Estate estate, Estate previous) {
        TreeNode[] before = previous == null ? null : previous.derivedIfDone(SERVER_NODES);
        TreeNode[] nodes = before == null ? new TreeNode[estate.words().size()]
                : carried(previous.words(), before, estate.words());
        int i = 0;
        for (Account a : estate.accounts()) {
            for (Group g : a.groups()) {
                for (VirtualMachine vm : g.virtualMachines()) {
                    if (nodes[i] == null) {
                        nodes[i] = serverNode(a, g, vm);
                    }
                    i++;
                }
            }
        }
        return nodes;
    }

    static TreeNode serverNode(Account a, Group g, VirtualMachine vm) {
        TreeNode.Power power = vm.deleted() ? TreeNode.Power.DELETED
                : vm.powerOn() ? TreeNode.Power.ON : TreeNode.Power.OFF;
        String badge = vm.discs().size() + "/" + DiscRules.MAX_DISCS_PER_SERVER + " discs, "
                + SizeFormat.mib(vm.totalDiscMib());
        String state = switch (power) {
            case ON -> "running";
            case OFF -> "powered off";
            case DELETED -> "deleted";
            case NONE -> "";
        };
        String tip = (vm.hostname() == null ? vm.name() : vm.hostname()) + "\n" + state + ", "
                + vm.cores() + (vm.cores() == 1 ? " core, " : " cores, ") + SizeFormat.mib(vm.memory()) + " memory";
        return new TreeNode(NodeKeys.server(a.id(), g.id(), vm.id()), TreeNode.Kind.SERVER, vm.name(), badge, tip,
                power, List.of());
    }
}
