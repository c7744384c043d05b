package com.arbitra.ui.queue;

import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueMarker;
import com.arbitra.domain.ports.QueueRow;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.ProblemType;

import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The case queue: filters above, the table below with priority markers and a live countdown. Rows are
 * paged in from the database as the last one comes into view. Keys: arrows or j/k move, / searches,
 * c claims.
 */
public final class QueueView {

    private final QueueViewModel vm;
    private final I18n i18n;
    private final VBox root;
    private final TableView<QueueRow> table = new TableView<>();
    private final TableColumn<QueueRow, String> stateColumn;
    private final TextField search = new TextField();
    /** Shown to supervisors only, see {@link #allowAssign}. */
    private final Button assign = new Button();
    private final ObjectProperty<Instant> now;
    private final Timeline clockTick;
    private boolean started;
    /** How long typing in the search box pauses before the queue is searched. */
    static final javafx.util.Duration SEARCH_PAUSE = javafx.util.Duration.millis(300);

    public QueueView(QueueViewModel vm, I18n i18n, Clock clock, Node emptyState,
                     java.util.function.Consumer<QueueRow> onOpen) {
        this.vm = vm;
        this.i18n = i18n;
        this.now = new SimpleObjectProperty<>(clock.instant());
        clockTick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> now.set(clock.instant())));
        clockTick.setCycleCount(Timeline.INDEFINITE);

        table.setId("caseQueue");
        table.setItems(vm.rows());
        vm.onReplace(this::keepPlace);
        Label noMatch = new Label();
        noMatch.setWrapText(true);
        noMatch.getStyleClass().add("empty-state");
        vm.rows().addListener((javafx.collections.ListChangeListener<QueueRow>) c -> {
            String searched = vm.search().get() == null ? "" : vm.search().get().strip();
            noMatch.setText(searched.isEmpty() ? i18n.t("queue.noMatch") : i18n.t("queue.noMatchSearch", searched));
            table.setPlaceholder(vm.filtered() ? noMatch : emptyState);
        });
        table.setPlaceholder(emptyState);
        table.getColumns().add(markers());
        // the columns of short values are never narrower than their widest value (or header), in any
        // language; the merchant and product names give way first. How often the consumer complained
        // is the repeat marker's tooltip, not a column of its own (a column of 1s took the room).
        TableColumn<QueueRow, String> caseIds = text("column.caseId", QueueRow::caseId, 150, List.of("MP-2026-0000000"));
        table.getColumns().add(caseIds);
        // ids of another shape (WeChat Pay's WXP- and 27 digits) widen the column when a page holds them
        vm.rows().addListener((javafx.collections.ListChangeListener<QueueRow>) c -> com.arbitra.ui.Columns.fit(caseIds, vm.rows().stream()
                .map(QueueRow::caseId).filter(id -> id.length() > 15).distinct().limit(20).toList()));
        // the merchant's name above the product's, each wrapping at the column's width rather than
        // ending in "…" (two columns of names had too little room at 1366 px)
        TableColumn<QueueRow, QueueRow> names = new TableColumn<>(i18n.t("column.merchantProduct"));
        names.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        names.setCellFactory(c -> com.arbitra.ui.Columns.twoLines(names, r -> Formats.shown(r.merchantName()),
                r -> Formats.shown(r.productName())));
        names.setPrefWidth(280);
        names.setSortable(false);
        com.arbitra.ui.Columns.fit(names, List.of());
        table.getColumns().add(names);
        table.getColumns().add(text("column.amount", r -> Formats.money(r.amount(), i18n.locale()), 110,
                List.of(Formats.money(com.arbitra.domain.Money.of(999_999, "MXN"), i18n.locale()),
                        Formats.money(com.arbitra.domain.Money.of(999_999, "CNY"), i18n.locale()))));
        // problem types and states wrap at a space where the room is short, never inside a word
        TableColumn<QueueRow, String> problem = text("column.problemType", r -> i18n.t("problem." + r.problemType()),
                110, com.arbitra.ui.Columns.words(java.util.Arrays.stream(ProblemType.values())
                        .map(p -> i18n.t("problem." + p.name())).toList()));
        com.arbitra.ui.Columns.wrap(problem);
        table.getColumns().add(problem);
        stateColumn = text("column.state", r -> i18n.t("state." + r.state().name()), 160,
                com.arbitra.ui.Columns.words(CaseState.open().stream().map(st -> i18n.t("state." + st.name())).toList()));
        com.arbitra.ui.Columns.wrap(stateColumn);
        table.getColumns().add(stateColumn);
        table.getColumns().add(timeLeft());
        table.getColumns().add(text("column.assignee", r -> r.assignee() == null ? "" : r.assignee(), 90, List.of()));
        // on a laptop every column gives a little; on a wide monitor every column grows
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> {
            TableRow<QueueRow> row = new TableRow<>() {
                @Override
                protected void updateItem(QueueRow item, boolean empty) {
                    super.updateItem(item, empty);
                    if (!empty && getIndex() == vm.rows().size() - 1) {
                        vm.loadMore();
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.J) {
                table.getSelectionModel().select(Math.min(i + 1, vm.rows().size() - 1));
            } else if (e.getCode() == KeyCode.K) {
                table.getSelectionModel().select(Math.max(i - 1, 0));
            } else if (e.getCode() == KeyCode.C) {
                vm.claim(table.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem());
            } else {
                return;
            }
            e.consume();
        });

        Label error = new Label();
        error.textProperty().bind(vm.error());
        error.getStyleClass().add("form-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        assign.setText(i18n.t("queue.assign"));
        assign.setGraphic(new FontIcon("mdi2a-account-arrow-right"));
        assign.setId("bulkAssign");
        assign.setMinWidth(Region.USE_PREF_SIZE);
        assign.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        assign.setVisible(false);
        assign.setManaged(false);
        root = new VBox(8, filters(), error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        // on the typed character, so that the slash itself does not land in the search field
        // on the scene while the queue is on screen, so that it works wherever the focus is
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> slash = e -> {
            if (e.getCharacter().equals("/") && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        };
        // the time left ticks only while it is seen: a hidden list's cells would be redrawn every second
        com.arbitra.ui.OnScreen.watch(root, scene -> {
            scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, slash);
            javafx.application.Platform.runLater(table::requestFocus);
            if (started) {
                now.set(clock.instant());
                clockTick.play();
            }
        }, scene -> {
            scene.removeEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, slash);
            clockTick.stop();
        });
    }

    public Parent root() {
        return root;
    }

    public void start() {
        started = true;
        clockTick.play();
        vm.reload();
    }

    public void stop() {
        started = false;
        clockTick.stop();
    }

    /** Reads the list again after a change elsewhere, keeping the operator's place in it. */
    public void reload() {
        vm.refresh();
    }

    /**
     * Replaces the rows keeping what the operator had: the selected cases (by id, wherever they are
     * now), the focus, and the case at the top of the view.
     */
    private void keepPlace(Runnable replace) {
        java.util.Set<String> selected = table.getSelectionModel().getSelectedItems().stream()
                .map(QueueRow::caseId).collect(java.util.stream.Collectors.toSet());
        QueueRow focusedRow = table.getFocusModel().getFocusedItem();
        String focused = focusedRow == null ? null : focusedRow.caseId();
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table
                .lookup(".virtual-flow");
        int topIndex = flow == null || flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex();
        String top = topIndex >= 0 && topIndex < vm.rows().size() ? vm.rows().get(topIndex).caseId() : null;
        boolean hadFocus = table.isFocused();
        replace.run();
        if (selected.isEmpty() && top == null) {
            return;
        }
        int newTop = -1;
        java.util.List<Integer> reselect = new java.util.ArrayList<>();
        for (int i = 0; i < vm.rows().size(); i++) {
            String id = vm.rows().get(i).caseId();
            if (selected.contains(id)) {
                reselect.add(i);
            }
            if (id.equals(top)) {
                newTop = i;
            }
        }
        for (int i : reselect) {
            table.getSelectionModel().select(i);
        }
        for (int i = 0; i < vm.rows().size() && focused != null; i++) {
            if (vm.rows().get(i).caseId().equals(focused)) {
                table.getFocusModel().focus(i);
                break;
            }
        }
        if (flow != null && topIndex >= 0) {
            flow.scrollToTop(newTop >= 0 ? newTop : Math.min(topIndex, Math.max(0, vm.rows().size() - 1)));
        }
        if (hadFocus) {
            table.requestFocus();
        }
    }

    private VBox filters() {
        search.setId("queueSearch");
        search.setPromptText(i18n.t("queue.searchPrompt"));
        search.setPrefColumnCount(18);
        search.setMinWidth(150);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().bindBidirectional(vm.search());
        // as the operator types, once they pause; Enter searches at once
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(SEARCH_PAUSE);
        typing.setOnFinished(e -> vm.reload());
        search.textProperty().addListener((o, was, now) -> {
            if (search.isFocused()) {
                typing.playFromStart();
            }
        });
        // Down goes from the search to the rows, as in a mail client: then Enter opens the one chosen
        search.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.rows().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().getSelectedItem() == null) {
                    table.getSelectionModel().select(0);
                    table.getFocusModel().focus(0);
                }
                e.consume();
            }
        });
        search.setOnAction(e -> {
            typing.stop();
            vm.reload();
        });

        SegmentedButton scope = new SegmentedButton();
        for (QueueFilter.Scope s : QueueFilter.Scope.values()) {
            ToggleButton b = new ToggleButton(i18n.t("queue.scope." + s.name()));
            b.setId("scope" + s.name());
            b.setSelected(vm.scope().get() == s);
            b.setOnAction(e -> {
                vm.scope().set(s);
                vm.reload();
            });
            vm.scope().addListener((o, was, now) -> b.setSelected(now == s));
            scope.getButtons().add(b);
        }

        CheckComboBox<CaseState> states = new CheckComboBox<>();
        states.setId("stateFilter");
        states.setTitle(i18n.t("queue.states"));
        states.getItems().setAll(CaseState.values());
        states.setConverter(converter(s -> i18n.t("state." + s.name()) + count(s)));
        vm.counts().addListener((javafx.collections.MapChangeListener<CaseState, Long>) c ->
                states.setConverter(converter(s -> i18n.t("state." + s.name()) + count(s))));
        vm.states().forEach(s -> states.getCheckModel().check(s));
        states.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<CaseState>) c -> {
            vm.states().clear();
            vm.states().addAll(states.getCheckModel().getCheckedItems());
        });
        vm.states().addListener((SetChangeListener<CaseState>) c -> vm.reload());

        ComboBox<QueueFilter.Due> due = new ComboBox<>();
        due.setId("dueFilter");
        due.getItems().setAll(QueueFilter.Due.values());
        due.setConverter(converter(d -> i18n.t("queue.due." + d.name())));
        due.valueProperty().bindBidirectional(vm.due());
        due.setOnAction(e -> vm.reload());

        ComboBox<ProblemType> type = new ComboBox<>();
        type.setId("problemFilter");
        type.getItems().add(null);
        type.getItems().addAll(ProblemType.values());
        type.setConverter(converter(p -> p == null ? i18n.t("queue.anyProblem") : i18n.t("problem." + p.name())));
        type.valueProperty().bindBidirectional(vm.problemType());
        type.setOnAction(e -> vm.reload());

        Button claim = new Button(i18n.t("queue.claim"), new FontIcon("mdi2h-hand-back-right"));
        claim.setId("claim");
        claim.setTooltip(new Tooltip(i18n.t("queue.claimKey")));
        claim.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        claim.setOnAction(e -> vm.claim(table.getSelectionModel().getSelectedItem()));

        // keep the list of states checked as the model says (a saved view sets it)
        vm.states().addListener((SetChangeListener<CaseState>) c -> {
            if (!new java.util.HashSet<>(states.getCheckModel().getCheckedItems()).equals(vm.states())) {
                states.getCheckModel().clearChecks();
                vm.states().forEach(s -> states.getCheckModel().check(s));
            }
        });

        TextField merchant = new TextField();
        merchant.setId("merchantFilter");
        merchant.setPromptText(i18n.t("queue.merchantPrompt"));
        merchant.setPrefColumnCount(12);
        merchant.textProperty().bindBidirectional(vm.merchant());
        merchant.setOnAction(e -> vm.reload());

        HBox bar = new HBox(10, search, scope, states, due, type);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("queueCount");
        count.getStyleClass().add("queue-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Runnable counted = () -> count.setText(vm.shownCount().map(n -> i18n.t("queue.count", n)).orElse(""));
        vm.counts().addListener((javafx.collections.MapChangeListener<CaseState, Long>) c -> counted.run());
        vm.rows().addListener((javafx.collections.ListChangeListener<QueueRow>) c -> counted.run());
        // changes made elsewhere wait while the operator points at the list or has a row selected
        vm.hold().bind(table.hoverProperty().or(table.getSelectionModel().selectedItemProperty().isNotNull()));
        // once let go (checked after the event: replacing the rows drops the selection for a moment)
        vm.hold().addListener((o, was, held) -> javafx.application.Platform.runLater(() -> {
            if (!vm.hold().get() && vm.changed().get() > 0) {
                vm.showChanges();
            }
        }));
        javafx.scene.control.Hyperlink changes = new javafx.scene.control.Hyperlink();
        changes.setId("queueChanged");
        changes.setGraphic(new FontIcon("mdi2r-refresh"));
        changes.setMinWidth(Region.USE_PREF_SIZE);
        changes.textProperty().bind(vm.changed().map(n -> n.intValue() == 0 ? "" : i18n.t("queue.changed", n)));
        changes.visibleProperty().bind(vm.changed().greaterThan(0));
        changes.managedProperty().bind(changes.visibleProperty());
        changes.setOnAction(e -> vm.showChanges());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(10, merchant, views(), claim, assign, gap, changes, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        // the search field gives way first; the other controls keep their full labels
        for (Node n : List.of(scope, states, due, type, claim)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        scope.getButtons().forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        return new VBox(8, bar, tools);
    }

    /** The operator's saved views: pick one, save the current filter under a name, or delete one. */
    private MenuButton views() {
        MenuButton menu = new MenuButton(i18n.t("queue.views"), new FontIcon("mdi2b-bookmark-outline"));
        menu.setId("savedViews");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fill = () -> {
            menu.getItems().clear();
            for (var v : vm.views()) {
                MenuItem item = new MenuItem(v.name());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.apply(v));
                menu.getItems().add(item);
            }
            if (!vm.views().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem save = new MenuItem(i18n.t("queue.saveView"));
            save.setId("saveView");
            save.setOnAction(e -> {
                TextInputDialog ask = new TextInputDialog();
                ask.setTitle(i18n.t("queue.saveView"));
                ask.setHeaderText(i18n.t("queue.saveViewPrompt"));
                ask.getEditor().setId("viewName");
                ask.initOwner(root.getScene().getWindow());
                ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(vm::saveView);
            });
            menu.getItems().add(save);
            if (!vm.views().isEmpty()) {
                Menu delete = new Menu(i18n.t("queue.deleteView"));
                for (var v : vm.views()) {
                    MenuItem item = new MenuItem(v.name());
                    item.setMnemonicParsing(false);
                    item.setOnAction(e -> {
                        Alert sure = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("queue.deleteViewConfirm", v.name()),
                                ButtonType.OK, ButtonType.CANCEL);
                        sure.initOwner(root.getScene().getWindow());
                        sure.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.deleteView(v.name()));
                    });
                    delete.getItems().add(item);
                }
                menu.getItems().add(delete);
            }
        };
        vm.views().addListener((javafx.collections.ListChangeListener<Object>) c -> fill.run());
        fill.run();
        return menu;
    }

    /**
     * Lets a supervisor pick several rows (shift or ctrl) and assign them to one operator at once; the
     * operators come from the given source.
     */
    public void allowAssign(java.util.function.Supplier<List<String>> operators) {
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        assign.setOnAction(e -> vm.assignees(operators, names -> {
            List<QueueRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (chosen.isEmpty() || names.isEmpty()) {
                return;
            }
            ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
            dialog.setTitle(i18n.t("queue.assign"));
            dialog.setHeaderText(i18n.t("queue.assignPrompt", chosen.size()));
            dialog.getDialogPane().setId("bulkAssignDialog");
            dialog.initOwner(root.getScene().getWindow());
            dialog.showAndWait().ifPresent(name -> vm.assign(chosen, name));
        }));
        assign.setVisible(true);
        assign.setManaged(true);
    }

    private String count(CaseState s) {
        Long n = vm.counts().get(s);
        return n == null ? "" : " (" + n + ")";
    }

    /**
     * The approvals list: who proposed each ruling, where the state would be (every case of the list
     * waits for approval; at 1366 pixels there is no room for both).
     */
    public void showProposer() {
        table.getColumns().set(table.getColumns().indexOf(stateColumn), text("column.proposedBy",
                r -> r.proposedBy() == null ? "" : r.proposedBy(), 120, List.of()));
    }

    /** A training workspace's queue: each practice case's difficulty beside its id (issue 17, point 10). */
    public void showDifficulty() {
        List<String> words = java.util.Arrays.stream(com.arbitra.domain.Difficulty.values())
                .map(d -> i18n.t("training.difficulty." + d.name())).toList();
        TableColumn<QueueRow, String> difficulty = text("training.column.difficulty", r -> r.difficulty() == null ? ""
                : i18n.t("training.difficulty." + r.difficulty()), 80, words);
        difficulty.setId("difficultyColumn");
        String caseId = i18n.t("column.caseId");
        int at = 0;
        while (at < table.getColumns().size() && !caseId.equals(table.getColumns().get(at).getText())) {
            at++;
        }
        table.getColumns().add(Math.min(at + 1, table.getColumns().size()), difficulty);
    }

    private TableColumn<QueueRow, String> text(String key, Function<QueueRow, String> value, double width,
                                               List<String> widest) {
        TableColumn<QueueRow, String> col = new TableColumn<>(i18n.t(key));
        col.setCellValueFactory(cell -> new SimpleStringProperty(Formats.shown(value.apply(cell.getValue()))));
        col.setPrefWidth(width);
        com.arbitra.ui.Columns.fit(col, widest);
        col.setSortable(false);
        return col;
    }

    /** Time left until the deadline, counting down; overdue in the danger colour. */
    private TableColumn<QueueRow, QueueRow> timeLeft() {
        TableColumn<QueueRow, QueueRow> col = new TableColumn<>(i18n.t("column.timeLeft"));
        col.setSortable(false);
        col.setPrefWidth(110);
        com.arbitra.ui.Columns.fit(col, List.of("−" + hm(Duration.ofHours(47).plusMinutes(59).plusSeconds(59)), hm(Duration.ofHours(167)),
                "−" + hm(Duration.ofDays(99).plusHours(23))));
        col.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        // every cell ticks once a second: it changes its text (and its tooltip's), its style class only
        // when the case turns due soon or overdue and its tooltip only when a deadline comes or goes (a new
        // tooltip and a style change each second made every tick restyle the column: a third of the FX
        // thread's samples in a busy minute)
        java.time.format.DateTimeFormatter at = Formats.dateTime(i18n.locale(), java.time.ZoneId.systemDefault());
        col.setCellFactory(c -> new TableCell<>() {
            /** The deadline itself, on hover: the countdown says how long, this says when. */
            private final Tooltip when = new Tooltip();

            {
                now.addListener((o, was, is) -> show(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(QueueRow item, boolean empty) {
                super.updateItem(item, empty);
                show(item, empty);
            }

            private void show(QueueRow item, boolean empty) {
                Duration left = empty || item == null || item.dueAt() == null || !item.state().isOpen() ? null
                        : Duration.between(now.get(), item.dueAt());
                java.util.Set<QueueMarker> due = left == null ? java.util.Set.of() : QueueMarker.of(item, now.get());
                boolean late = due.contains(QueueMarker.OVERDUE);
                if (late != getStyleClass().contains("overdue")) {
                    if (late) {
                        getStyleClass().add("overdue");
                    } else {
                        getStyleClass().remove("overdue");
                    }
                }
                boolean soon = due.contains(QueueMarker.DUE_SOON);
                if (soon != getStyleClass().contains("due-soon")) {
                    if (soon) {
                        getStyleClass().add("due-soon");
                    } else {
                        getStyleClass().remove("due-soon");
                    }
                }
                if ((left != null) != (getTooltip() != null)) {
                    setTooltip(left == null ? null : when);
                }
                if (left == null) {
                    setText(null);
                } else if (late) {
                    setText("−" + hm(left.negated()));
                    when.setText(i18n.t("queue.overdueSince", hm(left.negated()), at.format(item.dueAt())));
                } else {
                    setText(hm(left));
                    when.setText(i18n.t("queue.dueAt", at.format(item.dueAt())));
                }
            }
        });
        return col;
    }

    private String hm(Duration d) {
        return Formats.countdown(d, i18n);
    }

    /** Refund, high-risk consumer, repeat complaint, proactive intervention: icons with tooltips. */
    private TableColumn<QueueRow, QueueRow> markers() {
        TableColumn<QueueRow, QueueRow> col = new TableColumn<>();
        col.setGraphic(new FontIcon("mdi2f-flag"));
        col.setSortable(false);
        // room for three markers side by side; a fourth and fifth go below them (a row has two lines)
        col.setPrefWidth(84);
        col.setMinWidth(84);
        col.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            /** The markers shown, to build the icons again only when they change (not on every reload). */
            private List<QueueMarker> shown = List.of();
            private int complaints;

            @Override
            protected void updateItem(QueueRow r, boolean empty) {
                super.updateItem(r, empty);
                List<QueueMarker> markers = empty || r == null ? List.of() : markersOf(r);
                int times = empty || r == null ? 0 : r.complaintCount();
                if (markers.equals(shown) && times == complaints && (getGraphic() != null || markers.isEmpty())) {
                    return;
                }
                shown = markers;
                complaints = times;
                if (markers.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                // three side by side; a fourth and fifth on a line below them, within the row's two lines
                VBox icons = new VBox(2);
                HBox line = null;
                for (int i = 0; i < markers.size(); i++) {
                    if (i % MARKERS_A_LINE == 0) {
                        line = new HBox(4);
                        icons.getChildren().add(line);
                    }
                    QueueMarker m = markers.get(i);
                    line.getChildren().add(marker(MARKER_ICONS.get(m), m == QueueMarker.REPEAT
                            ? i18n.t("marker.repeatTimes", times) : i18n.t(markerKey(m))));
                }
                setGraphic(icons);
            }
        });
        return col;
    }

    /** The markers the column has room for side by side. */
    private static final int MARKERS_A_LINE = 3;

    /** The markers the markers column shows (deadlines show in the time-left column), with their icons. */
    private static final java.util.Map<QueueMarker, String> MARKER_ICONS = new java.util.EnumMap<>(QueueMarker.class);

    static {
        MARKER_ICONS.put(QueueMarker.REFUND, "mdi2c-cash-refund");
        MARKER_ICONS.put(QueueMarker.HIGH_RISK, "mdi2a-alert");
        MARKER_ICONS.put(QueueMarker.REPEAT, "mdi2r-repeat");
        MARKER_ICONS.put(QueueMarker.UNDER_INTERVENTION, "mdi2s-shield-alert");
        MARKER_ICONS.put(QueueMarker.DECIDE_ON_COLLECTED, "mdi2t-timer-alert");
    }

    /** The row's markers that have an icon, in their order. */
    private List<QueueMarker> markersOf(QueueRow r) {
        return QueueMarker.of(r, now.get()).stream().filter(MARKER_ICONS::containsKey).toList();
    }

    private static String markerKey(QueueMarker m) {
        return switch (m) {
            case REFUND -> "marker.refund";
            case HIGH_RISK -> "marker.highRisk";
            case UNDER_INTERVENTION -> "marker.intervention";
            case DECIDE_ON_COLLECTED -> "marker.decideOnCollected";
            case OVERDUE, DUE_SOON -> throw new IllegalArgumentException(m + " shows in the time-left column");
            case REPEAT -> throw new IllegalArgumentException("a repeat complaint's text says how often");
        };
    }

    private Node marker(String icon, String text) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("queue-marker");
        Tooltip.install(i, new Tooltip(text));
        i.setAccessibleText(text);
        return i;
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
