using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ComplianceGen.Reader.Extraction;
using Xunit;

namespace ComplianceGen.Reader.Tests;

/// <summary><see cref="Numbers.IsFullNumber"/> decides without the regex engine what <see cref="Numbers.FullNumber"/> matches: the two must agree.</summary>
public sealed class NumbersTests
{
    [Theory]
    [InlineData("1,234.56", true)]
    [InlineData("-8072.29", true)]
    [InlineData("0", true)]
    [InlineData("12\n", true)]
    [InlineData("1,2345", false)]
    [InlineData("1234,567", false)]
    [InlineData("1.", false)]
    [InlineData("-", false)]
    [InlineData("12\n\n", false)]
    [InlineData("１２", true)]
    [InlineData("2010601 行政运行", false)]
    public void Known_cases(string text, bool expected)
    {
        Assert.Equal(expected, Numbers.FullNumber.IsMatch(text));
        Assert.Equal(expected, Numbers.IsFullNumber(text));
    }

    [Fact]
    public void Agrees_with_the_pattern_on_every_piece_of_the_seeds()
    {
        var words = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "seeds"), "*.txt")
            .SelectMany(File.ReadLines)
            .SelectMany(l => System.Text.RegularExpressions.Regex.Split(l, @"[\s\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]+"))
            .Where(w => w.Length > 0)
            .Distinct().ToList();
        Assert.True(words.Count > 300, $"{words.Count} words");
        Assert.True(words.Count(w => Numbers.IsFullNumber(w)) > 200, "few of the words are numbers: the test would not exercise the number paths");
        foreach (var word in words) Assert.True(Numbers.FullNumber.IsMatch(word) == Numbers.IsFullNumber(word), word);
    }

    [Fact]
    public void Agrees_with_the_pattern_on_random_strings_of_digits_separators_and_signs()
    {
        // Digits of three scripts (ASCII, full-width, Arabic-Indic: \d is any Unicode digit), separators, signs, a
        // newline and a letter, in every length up to 9: the pattern's edges are all reachable.
        const string Alphabet = "0123456789,.-\n a１٣";
        var random = new Random(20261206);
        var text = new StringBuilder();
        int numbers = 0;
        for (int n = 0; n < 200_000; n++)
        {
            text.Clear();
            int length = random.Next(0, 10);
            for (int k = 0; k < length; k++) text.Append(Alphabet[random.Next(random.Next(2) == 0 ? 10 : Alphabet.Length)]);
            string s = text.ToString();
            bool expected = Numbers.FullNumber.IsMatch(s);
            if (expected) numbers++;
            Assert.True(expected == Numbers.IsFullNumber(s), $"“{s.Replace("\n", "\\n")}”: pattern {expected}");
        }
        Assert.True(numbers > 10_000, "the strings hardly ever formed a number: the test would not exercise the number paths");
    }
}
