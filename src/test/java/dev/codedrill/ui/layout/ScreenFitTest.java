package dev.codedrill.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenFitTest {

    private static final ScreenFit.Area LAPTOP = new ScreenFit.Area(0, 0, 1280, 720);
    private static final ScreenFit.Area PROJECTOR = new ScreenFit.Area(1280, 0, 1920, 1080);

    @Test
    void withNothingRememberedTheDefaultSizeIsShrunkToTheScreenAndCentred() {
        ScreenFit.Bounds b = ScreenFit.fit(WindowLayout.defaults(), List.of(LAPTOP));

        assertThat(b.width()).isEqualTo(1216);
        assertThat(b.height()).isEqualTo(684);
        assertThat(b.x()).isEqualTo(32);
        assertThat(b.y()).isEqualTo(18);
    }

    @Test
    void aBigScreenGetsTheDefaultSizeUnchanged() {
        ScreenFit.Bounds b = ScreenFit.fit(WindowLayout.defaults(), List.of(PROJECTOR));

        assertThat(b.width()).isEqualTo(WindowLayout.DEFAULT_WIDTH);
        assertThat(b.height()).isEqualTo(WindowLayout.DEFAULT_HEIGHT);
        assertThat(b.x()).isEqualTo(1280 + (1920 - 1400) / 2.0);
    }

    @Test
    void aWindowRememberedOnTheProjectorStaysThereWhileItIsPluggedIn() {
        WindowLayout onProjector = WindowLayout.defaults().withBounds(1500, 100, 1600, 900);

        assertThat(ScreenFit.fit(onProjector, List.of(LAPTOP, PROJECTOR)))
                .isEqualTo(new ScreenFit.Bounds(1500, 100, 1600, 900));
    }

    @Test
    void aWindowRememberedOnAProjectorThatIsGoneOpensOnTheLaptopFittedToIt() {
        WindowLayout onProjector = WindowLayout.defaults().withBounds(1500, 100, 1600, 900);

        ScreenFit.Bounds b = ScreenFit.fit(onProjector, List.of(LAPTOP));

        assertThat(b.x()).isGreaterThanOrEqualTo(0);
        assertThat(b.x() + b.width()).isLessThanOrEqualTo(1280);
        assertThat(b.y() + b.height()).isLessThanOrEqualTo(720);
    }

    @Test
    void aWindowHangingOverTheScreensEdgeIsPulledBackWhole() {
        WindowLayout hanging = WindowLayout.defaults().withBounds(900, 300, 1000, 600);

        assertThat(ScreenFit.fit(hanging, List.of(LAPTOP))).isEqualTo(new ScreenFit.Bounds(280, 120, 1000, 600));
    }

    @Test
    void aTitleBarAboveTheScreenIsNotKeptThere() {
        WindowLayout above = WindowLayout.defaults().withBounds(100, -400, 800, 600);

        ScreenFit.Bounds b = ScreenFit.fit(above, List.of(LAPTOP));

        assertThat(b.y()).isGreaterThanOrEqualTo(0);
    }
}
