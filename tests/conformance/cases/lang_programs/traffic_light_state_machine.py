# A simple state machine: traffic light with timed transitions and a pedestrian button, using Enum.
from enum import Enum
class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"
TRANSITIONS = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
DURATIONS = {Light.RED: 4, Light.GREEN: 5, Light.YELLOW: 2}
class TrafficLight:
    def __init__(self):
        self.state = Light.RED
        self.elapsed = 0
        self.button_pressed = False
        self.log = []
    def press_button(self):
        self.button_pressed = True
    def tick(self):
        self.elapsed += 1
        limit = DURATIONS[self.state]
        if self.state is Light.GREEN and self.button_pressed:
            limit = min(limit, 2)
        if self.elapsed >= limit:
            old = self.state
            self.state = TRANSITIONS[self.state]
            self.elapsed = 0
            if old is Light.GREEN:
                self.button_pressed = False
            self.log.append((old.name, self.state.name))
            return True
        return False
light = TrafficLight()
for t in range(1, 25):
    if t == 12:
        light.press_button()
        print(f"t={t:2}: button pressed")
    changed = light.tick()
    print(f"t={t:2}: {light.state.value:<6}{' <- changed' if changed else ''}")
print(light.log)
print(len(light.log), "transitions")
