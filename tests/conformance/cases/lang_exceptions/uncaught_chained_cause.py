# Uncaught chained exception with an explicit cause: "The above exception was the direct cause of the following exception:".
def load_config(data):
    try:
        return int(data["port"])
    except KeyError as e:
        raise RuntimeError("config is missing 'port'") from e
print("loading")
load_config({"host": "localhost"})
