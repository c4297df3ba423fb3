from x import y as
