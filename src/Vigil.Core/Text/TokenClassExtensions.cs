namespace Vigil.Core.Text;

/// <summary>Rules about word classes shared by the index and the query side.</summary>
internal static class TokenClassExtensions
{
    /// <summary>Whether two adjacent words of this class may be written together (ALZAWAHIRI = AL ZAWAHIRI); legal
    /// forms, initials, numbers and titles never are.</summary>
    public static bool Joinable(this TokenClass c) => c is TokenClass.Normal or TokenClass.Particle or TokenClass.Generic;
}
