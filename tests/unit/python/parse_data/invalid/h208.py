(*int) -> None
