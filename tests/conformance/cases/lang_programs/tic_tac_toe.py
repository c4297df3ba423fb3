# Tic-tac-toe: board printing, scripted moves, winner detection, invalid move handling.
def new_board():
    return [[" "] * 3 for _ in range(3)]
def show(board):
    print("   1   2   3")
    for i, row in enumerate(board):
        print(f"{'ABC'[i]}  " + " | ".join(row))
        if i < 2:
            print("  ---+---+---")
def winner(b):
    lines = [row for row in b] + [list(col) for col in zip(*b)]
    lines += [[b[i][i] for i in range(3)], [b[i][2 - i] for i in range(3)]]
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    if all(cell != " " for row in b for cell in row):
        return "draw"
    return None
def play(moves):
    board = new_board()
    player = "X"
    for move in moves:
        r, c = "ABC".index(move[0]), int(move[1]) - 1
        if board[r][c] != " ":
            print(f"{move} is taken, {player} tries again")
            continue
        board[r][c] = player
        result = winner(board)
        if result:
            show(board)
            print("Result:", result if result == "draw" else f"{result} wins")
            return result
        player = "O" if player == "X" else "X"
    show(board)
    print("Game unfinished")
play(["B2", "A1", "A3", "C1", "B1", "B3", "A2", "C2", "C3"])
play(["A1", "B1", "A2", "B2", "B2", "A3"])
play(["A1", "A2"])
print(winner([["O", "X", " "], ["X", "O", " "], [" ", " ", "O"]]))
