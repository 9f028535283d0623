package dev.codedrill.ui.shell;

import dev.codedrill.config.Settings;
import dev.codedrill.config.SettingsWriter;
import dev.codedrill.ui.settings.SettingsDialog;
import dev.codedrill.ui.settings.SettingsModel;
import java.util.function.Consumer;
import javafx.stage.Window;

/** Opens the settings dialog over the running settings; what applies at once reaches {@code applied}. */
final class SettingsLauncher {

    private SettingsLauncher() {
    }

    /**
     * @param running what this session started with (changes that need a restart are told apart from it)
     * @param saved   what was saved since, or the same
     */
    static void open(Window owner, Settings running, Settings saved, java.nio.file.Path configFile,
                     Consumer<Settings> applied) {
        SettingsModel model = new SettingsModel(running, saved, new SettingsWriter(configFile));
        SettingsDialog dialog = new SettingsDialog(owner, model);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.showAndWait().ifPresent(applied);
    }
}
